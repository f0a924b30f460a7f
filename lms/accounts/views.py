"""Account pages: thin views over the forms and services."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lms.accounts import forms
from lms.accounts.models import User
from lms.accounts.selectors import sign_in_destination
from lms.accounts.services import (
    user_confirmation_resend,
    user_email_confirm,
    user_profile_update,
    user_register,
)
from lms.accounts.throttling import rate_limit
from lms.accounts.tokens import email_confirmation_token
from lms.i18n import language_cookie_set
from lms.policies.forms import PolicyAcceptanceForm
from lms.policies.selectors import policies_current

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


@require_http_methods(["GET", "POST"])
@rate_limit("register")
def register(request):
    """Sign up as a learner; the account waits for its e-mail confirmation."""
    if request.user.is_authenticated:
        return redirect("accounts:profile")
    form = forms.RegistrationForm(request.POST or None)
    # The site policies in force, each with a required box (lms/policies).
    policies_form = PolicyAcceptanceForm(request.POST or None, versions=policies_current())
    if request.method == "POST" and all([form.is_valid(), policies_form.is_valid()]):
        data = form.cleaned_data
        if data[form.honeypot_field]:
            # A bot filled the field people never see: answer as if it worked.
            return redirect("accounts:register_done")
        try:
            user_register(
                email=data["email"],
                password=data["password1"],
                policy_versions=policies_form.versions,
                policy_language=translation.get_language(),
                **{name: data[name] for name in forms.PROFILE_FIELDS},
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            request.session["registered_email"] = data["email"]
            return redirect("accounts:register_done")
    return render(request, "accounts/register.html", {"form": form, "policies_form": policies_form})


def register_done(request):
    """Tell the new learner where the confirmation link went."""
    email = request.session.get("registered_email", "")
    return render(request, "accounts/register_done.html", {"email": email})


@require_http_methods(["GET", "POST"])
def confirm_email(request, uidb64, token):
    """A valid link shows a button (mail scanners only GET); the POST confirms and signs in."""
    user = _user_from_uid(uidb64)
    if user is None or not email_confirmation_token.check_token(user, token):
        already = user is not None and user.email_confirmed
        return render(
            request,
            "accounts/confirm_email_invalid.html",
            {"already_confirmed": already, "form": forms.EmailForm()},
            status=400 if not already else 200,
        )
    if request.method == "POST":
        user_email_confirm(user=user)
        login(request, user, backend=MODEL_BACKEND)
        messages.success(request, _("Your e-mail address is confirmed. Welcome!"))
        return _profile_redirect(user)
    return render(request, "accounts/confirm_email.html", {"confirm_user": user})


@require_http_methods(["GET", "POST"])
@rate_limit("account_mail")
def confirmation_resend(request):
    """Ask for a new confirmation link; the answer is the same whether the address is known."""
    form = forms.EmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user_confirmation_resend(email=form.cleaned_data["email"])
        messages.info(
            request,
            _("If an unconfirmed account uses this address, a new link is on its way."),
        )
        return redirect("accounts:login")
    return render(request, "accounts/confirmation_resend.html", {"form": form})


class LoginView(auth_views.LoginView):
    """Sign in by e-mail, then go to `next` or to one's work, in the sign-in page's language.

    The stored preferred language is left as it is (it is changed on the profile only): it
    speaks for the person's e-mails and the admin, the page's language for this visit.
    """

    form_class = forms.LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        return language_cookie_set(response, translation.get_language())

    def get_success_url(self):
        return sign_in_destination(
            user=self.request.user,
            language=translation.get_language(),
            next_url=self.get_redirect_url(),  # Django's: same host and scheme, else ""
        )


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """See and edit one's own profile."""
    user = request.user
    form = forms.ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        changed = {name: form.cleaned_data[name] for name in form.changed_data}
        try:
            user_profile_update(user=user, **changed)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your profile is saved."))
            return _profile_redirect(user)
    return render(request, "accounts/profile.html", {"form": form})


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"


@method_decorator(rate_limit("account_mail"), name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    form_class = forms.PasswordResetForm
    template_name = "accounts/password_reset.html"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = forms.SetPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


class LogoutView(auth_views.LogoutView):
    template_name = "accounts/logged_out.html"


def _user_from_uid(uidb64):
    try:
        pk = force_str(urlsafe_base64_decode(uidb64))
        return User.objects.filter(pk=int(pk)).first()
    except (TypeError, ValueError, OverflowError):
        return None


def _profile_redirect(user):
    """To the profile in the user's language, remembering that language for a bare `/`."""
    response = redirect(_in_language(user.preferred_language, "accounts:profile"))
    return language_cookie_set(response, user.preferred_language)


def _in_language(language, view_name):
    with translation.override(language):
        return reverse(view_name)
