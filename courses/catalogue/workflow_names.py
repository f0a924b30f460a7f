"""The review workflow's names in the reader's language.

Migration `catalogue.0002` stores the workflow "Course review" and its task "Reviewer approval"
in Wagtail's tables, which hold one name each; Wagtail shows them in the admin and quotes them
in its moderation e-mails ("submitted for approval in moderation stage …"), so a Kyrgyz reviewer
read them in English. A loaded workflow or task with one of these names gets a name that reads
in the language active when it is shown (`TranslatedName`), which is the recipient's language
in Wagtail's e-mails; it is stored as the English original, and a translation typed back in the
admin's form is stored as that original too, so the name never drifts into one language.
"""

from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.html import conditional_escape
from django.utils.translation import gettext_noop

from wagtail.models import GroupApprovalTask, Task, Workflow

NAMES = (gettext_noop("Course review"), gettext_noop("Reviewer approval"))


class TranslatedName(str):
    """A stored name (the English original) that shows itself in the active language."""

    def __str__(self):
        return translation.gettext(str.__str__(self))

    def __format__(self, spec):
        return format(str(self), spec)

    def __html__(self):
        return conditional_escape(str(self))


def original_name(name: str) -> str:
    """The English original of a name shown in any of the languages, else the name itself."""
    for original in NAMES:
        if name == original:
            return original
        for code, _label in settings.LANGUAGES:
            with translation.override(code):
                if name == translation.gettext(original):
                    return original
    return name


@receiver(post_init, sender=Workflow)
@receiver(post_init, sender=Task)
@receiver(post_init, sender=GroupApprovalTask)
def name_translated_on_load(sender, instance, **kwargs):
    if instance.name in NAMES:
        instance.name = TranslatedName(instance.name)


@receiver(pre_save, sender=Workflow)
@receiver(pre_save, sender=Task)
@receiver(pre_save, sender=GroupApprovalTask)
def name_stored_as_original(sender, instance, raw=False, **kwargs):
    # Raw saves too: the serialized snapshot the browser tests restore wrote the shown name.
    if instance.name:
        instance.name = original_name(str.__str__(instance.name))
