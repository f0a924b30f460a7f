"""The admin's "add page" form: a page exists from its first explicit save, never before.

Wagtail 8 autosaves editor forms in the background (`WAGTAIL_AUTOSAVE_INTERVAL`, 500 ms by
default). On the create form the first change POSTs the whole form with `Accept:
application/json`; Wagtail's `CreateView.save_action` then creates the page as a draft with a
revision and turns the form into the page's edit form. So an "add lesson" form left after a few
keystrokes left a draft lesson behind, whose slug then refused the lesson made again.

`DraftFirstCreateView` is Wagtail's create view without autosave (the form renders without the
autosave controller, and a background save that still arrives creates nothing); from the first
"Save draft", "Submit for review" or "Publish" on, the edit view autosaves as Wagtail does. When
the slug clashes with a draft beside it that the person may edit, the slug's error links to it.
It serves every page type: `DraftFirstPageViewSet` replaces Wagtail's base page viewset.
"""

from django.http import JsonResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet

# The code Wagtail's autosave script stops on (it then saves nothing more in this form).
AUTOSAVE_STOP_CODE = "invalid_revision"


def slug_clash_draft(*, parent_page, slug: str, user):
    """The unpublished page under `parent_page` holding `slug`, if `user` may edit it."""
    if not slug:
        return None
    sibling = parent_page.get_children().filter(slug=slug, live=False).first()
    if sibling is None:
        return None
    sibling = sibling.specific
    return sibling if sibling.permissions_for_user(user).can_edit() else None


class DraftFirstCreateView(CreateView):
    """Wagtail's page create view, without autosave, linking a clashing draft."""

    def get(self, request):
        self.autosave_enabled = False
        return super().get(request)

    def post(self, request):
        self.autosave_enabled = False
        if self.expects_json_response:
            # Wagtail's autosave (a stale tab, or a script): nothing is created before a save.
            return JsonResponse(
                {
                    "success": False,
                    "error_code": AUTOSAVE_STOP_CODE,
                    "error_message": _(
                        "A new page is kept once you save it: choose Save draft to keep your work."
                    ),
                },
                status=400,
            )
        return super().post(request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        context["autosave_indicator"] = None
        return context

    def form_invalid(self, form):
        if "slug" in form.errors:
            draft = slug_clash_draft(
                parent_page=self.parent_page,
                slug=(form.data.get("slug") or "").strip(),
                user=self.request.user,
            )
            if draft is not None:
                form.add_error("slug", draft_link_message(draft))
        return super().form_invalid(form)


def draft_link_message(page) -> str:
    """The slug error's link to the draft already holding the address (safe HTML)."""
    return format_html(
        _('A draft with this address already exists: <a href="{url}">open it</a>'),
        url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )


class DraftFirstPageViewSet(PageViewSet):
    """Wagtail's base page viewset (every page type) with the draft-first create view."""

    add_view_class = DraftFirstCreateView
