"""Forms for registration, login, password reset and the profile."""

from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from lms.accounts.emails import platform_name
from lms.accounts.models import Position, User
from lms.accounts.services import (
    EMAIL_TAKEN,
    NOTIFICATION_FIELDS,
    PROFILE_FIELDS,
    user_email_confirm,
)
from lms.accounts.tasks import email_send
from lms.outbox.services import outbox_send
from lms.params import IdModelChoiceField
from lms.places.models import Municipality
from lms.places.widgets import MunicipalityPicker

UNCONFIRMED = _(
    "Please confirm your e-mail address first: open the link we sent you. "
    "No message? Ask for a new one below."
)


class MunicipalityChoiceField(IdModelChoiceField):
    """Municipalities with their district, so two villages of one name can be told apart."""

    def __init__(self, **kwargs):
        queryset = Municipality.objects.select_related("district").order_by(
            "district__oblast__name_ky", "district__name_ky", "name_ky"
        )
        super().__init__(queryset=queryset, **kwargs)

    def label_from_instance(self, obj):
        return f"{obj.name} — {obj.district.name}"


class ProfileFieldsMixin(forms.ModelForm):
    """The profile fields with their labels, shared by registration and the profile page."""

    municipality = MunicipalityChoiceField(
        label=_("Municipality"),
        required=False,
        empty_label=_("— none or not listed —"),
        widget=MunicipalityPicker,
    )

    class Meta:
        model = User
        fields = PROFILE_FIELDS
        widgets = {"full_name": forms.TextInput(attrs={"autocomplete": "name"})}

    def _post_clean(self):
        # The services validate and save the model; the form leaves the instance untouched.
        pass


class RegistrationForm(ProfileFieldsMixin):
    """A new learner: e-mail, a password typed twice, and the profile."""

    email = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not only digits, and not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    class Meta(ProfileFieldsMixin.Meta):
        fields = ("email", *PROFILE_FIELDS)

    # Hidden from people (CSS and aria-hidden); bots that fill every field give themselves away.
    honeypot_field = "website"
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    field_order = ["email", "password1", "password2", *PROFILE_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # No preselected post: reports count positions, so each person chooses theirs.
        self.fields["position"].choices = [("", _("— choose —")), *Position.choices]
        self.initial.setdefault("position", "")
        self.initial.setdefault("preferred_language", (get_language() or "ky")[:2])

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"])
        if User.objects.filter(email=email).exists():
            raise forms.ValidationError(EMAIL_TAKEN, code="email_taken")
        return email

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords differ."))
        elif password1:
            probe = User(email=cleaned.get("email", ""), full_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(password1, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class ProfileForm(ProfileFieldsMixin):
    """What a learner may change about themselves."""

    class Meta(ProfileFieldsMixin.Meta):
        fields = (*PROFILE_FIELDS, *NOTIFICATION_FIELDS)


class LoginForm(auth_forms.AuthenticationForm):
    """E-mail and password; an unconfirmed address is refused with a way forward."""

    username = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )

    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        "invalid_login": _(
            "The e-mail address or the password is wrong. Passwords are case-sensitive."
        ),
        "unconfirmed": UNCONFIRMED,
    }

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user.email_confirmed:
            raise forms.ValidationError(self.error_messages["unconfirmed"], code="unconfirmed")


class EmailForm(forms.Form):
    """One e-mail address, for a new confirmation link."""

    email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Queues the reset e-mail in the user's language instead of sending it in the request."""

    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        user = context["user"]
        with translation.override(user.preferred_language):
            path = reverse(
                "accounts:password_reset_confirm",
                kwargs={"uidb64": context["uid"], "token": context["token"]},
            )
            context = {"user": user, "link": settings.SITE_URL + path, "platform": platform_name()}
            subject = render_to_string("accounts/email/password_reset_subject.txt", context)
            body = render_to_string("accounts/email/password_reset_body.txt", context)
        outbox_send(
            email_send,
            subject=subject,
            body=body,
            recipients=[to_email],
            language=user.preferred_language,
        )


class SetPasswordForm(auth_forms.SetPasswordForm):
    """A reset link proves the mailbox, so setting the password also confirms the address."""

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            user_email_confirm(user=user)
        return user
