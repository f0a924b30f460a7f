"""What the foundation holds about a person: the providers of lms.accounts, lms.policies,
lms.access_log, lms.privacy itself and Wagtail's models (registered in wagtail_hooks.py).

Models are looked up by label when a provider runs, so a provider never imports an app that
is not installed, and the lookups stay cheap (one query per kind of record, streamed).
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.privacy.providers import PersonalDataProvider

CHUNK = 2000


def _model(label: str):
    try:
        return apps.get_model(label)
    except LookupError:  # an app of issue 25 not built yet, or removed
        return None


def _user_type():
    return ContentType.objects.get_for_model(get_user_model())


# --- lms.accounts: the account itself -------------------------------------------------------


def account_records(user):
    yield {
        "email": user.email,
        "full_name": user.full_name,
        "municipality": str(user.municipality) if user.municipality_id else None,
        "position": user.get_position_display(),
        "gender": user.get_gender_display(),
        "preferred_language": user.preferred_language,
        "course_news_by_email": user.notify_optional,
        "email_confirmed_at": user.email_confirmed_at,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "roles": sorted(user.groups.values_list("name", flat=True)),
    }


def account_describe(user):
    return _(
        "Name and e-mail address removed, password and roles taken away, sessions ended; "
        "municipality, position and gender kept for the reports."
    )


def account_erase(user) -> int:
    """The user row itself is anonymised by account_anonymise after every provider: nothing
    here."""
    return 0


def account_provider():
    return PersonalDataProvider(
        key="account",
        title=gettext_lazy("Account and profile"),
        models=("accounts.User",),
        records=account_records,
        describe=account_describe,
        erase=account_erase,
        order=0,
    )


# --- lms.accounts: sign-in records (django-axes keeps them by address, not by key) ---------

AXES_MODELS = ("axes.AccessLog", "axes.AccessFailureLog", "axes.AccessAttempt")


def _axes(user):
    for label in AXES_MODELS:
        model = _model(label)
        if model is not None:
            yield label, model.objects.filter(username__iexact=user.email)


def sign_in_records(user):
    for label, rows in _axes(user):
        kind = label.split(".")[1]
        for row in rows.order_by("attempt_time", "pk").iterator(chunk_size=CHUNK):
            yield {
                "kind": kind,
                "at": row.attempt_time,
                "ip_address": row.ip_address,
                "browser": row.user_agent,
                "signed_out_at": getattr(row, "logout_time", None),
            }


def sign_in_describe(user):
    count = sum(rows.count() for _label, rows in _axes(user))
    if not count:
        return None
    return _("%(count)s sign-in records deleted.") % {"count": count}


def sign_in_erase(user) -> int:
    """Sign-in records (address, browser, IP) are deleted: they serve security only."""
    return sum(rows.delete()[0] for _label, rows in _axes(user))


def sign_in_provider():
    return PersonalDataProvider(
        key="sign_ins",
        title=gettext_lazy("Sign-in records"),
        models=(),  # axes' tables hold the address, with no key to the user
        records=sign_in_records,
        describe=sign_in_describe,
        erase=sign_in_erase,
        order=1,
    )


# --- lms.policies: acceptances --------------------------------------------------------------


def acceptance_records(user):
    model = _model("policies.PolicyAcceptance")
    if model is None:
        return
    rows = (
        model.objects.filter(user=user)
        .select_related("version__policy")
        .order_by("accepted_at", "pk")
    )
    for row in rows.iterator(chunk_size=CHUNK):
        version = row.version
        yield {
            "policy": version.policy.kind,
            "policy_name": str(version.policy),
            "version": version.version,
            "published_at": version.published_at,
            "accepted_at": row.accepted_at,
            "language": row.language,
        }


def acceptance_describe(user):
    model = _model("policies.PolicyAcceptance")
    count = model.objects.filter(user=user).count() if model else 0
    if not count:
        return None
    return _("%(count)s policy acceptances kept as the record of consent, without the name.") % {
        "count": count
    }


def acceptance_erase(user) -> int:
    """Kept: the record that this account consented, now pointing at an anonymous account."""
    return 0


def policies_provider():
    return PersonalDataProvider(
        key="policy_acceptances",
        title=gettext_lazy("Policies you accepted"),
        # Versions a person wrote keep them as their author (staff work, as Wagtail's history).
        models=("policies.PolicyAcceptance", "policies.PolicyVersion"),
        records=acceptance_records,
        describe=acceptance_describe,
        erase=acceptance_erase,
        order=2,
    )


# --- lms.access_log: who looked at the person's data -------------------------------------


def access_records(user):
    """Entries where the person is the one whose data was seen; staff shown by role."""
    model = _model("access_log.AccessEntry")
    if model is None:
        return
    rows = model.objects.filter(subject_rows__user=user).order_by("at", "pk")
    for row in rows.iterator(chunk_size=CHUNK):
        yield {
            "at": row.at,
            "action": row.get_action_display(),
            "by_role": row.get_actor_role_display(),
            "people_in_it": row.subject_count,
            "detail": row.detail,
        }


def access_erase(user) -> int:
    """Kept: the log is the evidence of who looked at whom. Entries about the person point at
    the anonymised account; entries the person made keep their role, the name goes with the
    account row."""
    return 0


def access_log_provider():
    return PersonalDataProvider(
        key="access_log",
        title=gettext_lazy("Who looked at your data"),
        models=("access_log.AccessEntry", "access_log.AccessSubject"),
        records=access_records,
        erase=access_erase,
        order=4,
    )


# --- lms.privacy: the data requests themselves ----------------------------------------------


def data_request_records(user):
    from lms.privacy.models import DataExport, DeletionRequest

    for export in DataExport.objects.filter(user=user).order_by("created_at", "pk"):
        yield {
            "kind": "data_export",
            "requested_at": export.created_at,
            "status": export.status,
            "finished_at": export.finished_at,
            "expires_at": export.expires_at,
        }
    for request in DeletionRequest.objects.filter(user=user).order_by("created_at", "pk"):
        yield {
            "kind": "deletion_request",
            "requested_at": request.created_at,
            "status": request.status,
            "reason": request.reason,
            "decided_at": request.decided_at,
            "decision_reason": request.decision_reason,
        }


def data_request_erase(user) -> int:
    """Exports (files and rows) are deleted; deletion requests are kept as the record of the
    decision (who, when), without the person's own words."""
    from lms.privacy.models import DataExport, DeletionRequest

    changed = 0
    for export in DataExport.objects.filter(user=user):
        if export.file:
            export.file.delete(save=False)
        export.delete()
        changed += 1
    changed += DeletionRequest.objects.filter(user=user).exclude(reason="").update(reason="")
    return changed


def privacy_provider():
    return PersonalDataProvider(
        key="data_requests",
        title=gettext_lazy("Your data requests"),
        models=("privacy.DataExport", "privacy.DeletionRequest", "privacy.Anonymisation"),
        records=data_request_records,
        erase=data_request_erase,
        order=3,
    )


# --- Wagtail (and Django's admin): editorial work and admin settings ------------------------

# Kept, attributed to the anonymised account: the history of the site's content.
WAGTAIL_KEPT = (
    "wagtailcore.Page",  # owner, locked_by (pages locked by the person are unlocked)
    "wagtailcore.Revision",
    "wagtailcore.PageLogEntry",
    "wagtailcore.ModelLogEntry",
    "wagtailcore.Comment",
    "wagtailcore.CommentReply",
    "wagtailcore.WorkflowState",
    "wagtailcore.TaskState",
    "wagtaildocs.Document",
    "wagtailimages.Image",
    "wagtail_localize.StringTranslation",
    "wagtail_localize.SegmentOverride",
    "admin.LogEntry",
)
# Deleted: settings and traces of a session in the admin, and the person's tokens.
WAGTAIL_DELETED = (
    "wagtailcore.PageSubscription",
    "wagtailcore.UploadedFile",
    "wagtailcore.APIToken",
    "wagtailadmin.EditingSession",
    "wagtailadmin.FormState",
)
# Kept with the avatar removed (the admin's language follows the person's profile).
WAGTAIL_PROFILE = ("wagtailusers.UserProfile",)


def _rows(label: str, **filters):
    model = _model(label)
    return model.objects.filter(**filters) if model is not None else None


def wagtail_records(user):
    profile = _rows("wagtailusers.UserProfile", user=user)
    for row in profile or ():
        yield {
            "kind": "admin_settings",
            "preferred_language": row.preferred_language,
            "time_zone": row.current_time_zone,
            "theme": row.theme,
            "notifications": {
                "submitted": row.submitted_notifications,
                "approved": row.approved_notifications,
                "rejected": row.rejected_notifications,
                "comments": row.updated_comments_notifications,
            },
        }
    streams = (
        ("comment", "wagtailcore.Comment", {"user": user}, ("created_at", "text", "page_id")),
        ("comment_reply", "wagtailcore.CommentReply", {"user": user}, ("created_at", "text")),
        ("revision", "wagtailcore.Revision", {"user": user}, ("created_at", "object_str")),
        (
            "page_history",
            "wagtailcore.PageLogEntry",
            {"user": user},
            ("timestamp", "action", "label"),
        ),
        (
            "admin_history",
            "wagtailcore.ModelLogEntry",
            {"user": user},
            ("timestamp", "action", "label"),
        ),
        (
            "review_requested",
            "wagtailcore.WorkflowState",
            {"requested_by": user},
            ("created_at", "status"),
        ),
        (
            "review_done",
            "wagtailcore.TaskState",
            {"finished_by": user},
            ("finished_at", "status", "comment"),
        ),
        ("page_subscription", "wagtailcore.PageSubscription", {"user": user}, ("page_id",)),
        ("image", "wagtailimages.Image", {"uploaded_by_user": user}, ("created_at", "title")),
        ("document", "wagtaildocs.Document", {"uploaded_by_user": user}, ("created_at", "title")),
        ("api_token", "wagtailcore.APIToken", {"user": user}, ("created", "name")),
    )
    for kind, label, filters, fields in streams:
        rows = _rows(label, **filters)
        if rows is None:
            continue
        for values in rows.order_by("pk").values(*fields).iterator(chunk_size=CHUNK):
            yield {"kind": kind, **values}


def wagtail_describe(user):
    counts = {
        label: rows.count()
        for label in ("wagtailcore.Revision", "wagtailcore.Comment", "wagtailcore.PageLogEntry")
        if (rows := _rows(label, user=user)) is not None
    }
    total = sum(counts.values())
    if not total:
        return None
    return _(
        "%(count)s edits, comments and history entries in the admin kept, attributed to the "
        "anonymised account."
    ) % {"count": total}


def wagtail_erase(user) -> int:
    """Editorial history is kept (attributed to the anonymised row); subscriptions, sessions,
    drafts of forms, uploads in progress and tokens are deleted; pages the person locked are
    unlocked; the avatar is removed; history entries about the account itself lose its name."""
    changed = 0
    for label in WAGTAIL_DELETED:
        model = _model(label)
        if model is None:
            continue
        field = "uploaded_by_user" if label == "wagtailcore.UploadedFile" else "user"
        rows = model.objects.filter(**{field: user})
        if label == "wagtailcore.UploadedFile":
            for row in rows:
                row.file.delete(save=False)
        changed += rows.delete()[0]
    for profile in _rows("wagtailusers.UserProfile", user=user) or ():
        if profile.avatar:
            profile.avatar.delete(save=False)
            profile.save(update_fields=["avatar"])
            changed += 1
    page = _model("wagtailcore.Page")
    changed += page.objects.filter(locked_by=user).update(
        locked=False, locked_by=None, locked_at=None
    )
    anonymous = f"deleted-{user.pk}@invalid"
    user_type = _user_type()
    model_log = _model("wagtailcore.ModelLogEntry")
    changed += model_log.objects.filter(content_type=user_type, object_id=str(user.pk)).update(
        label=anonymous, data={}
    )
    admin_log = _model("admin.LogEntry")
    if admin_log is not None:
        changed += admin_log.objects.filter(content_type=user_type, object_id=str(user.pk)).update(
            object_repr=anonymous, change_message=""
        )
    return changed


def wagtail_provider():
    return PersonalDataProvider(
        key="admin_activity",
        title=gettext_lazy("Work in the administration"),
        models=WAGTAIL_KEPT + WAGTAIL_DELETED + WAGTAIL_PROFILE,
        records=wagtail_records,
        describe=wagtail_describe,
        erase=wagtail_erase,
        order=90,
    )
