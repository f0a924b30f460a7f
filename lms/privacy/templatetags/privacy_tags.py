"""The profile's "Your data" section, composed into the accounts template."""

from django import template

from lms.privacy.selectors import privacy_status

register = template.Library()


@register.inclusion_tag("privacy/includes/your_data.html", takes_context=True)
def your_data(context):
    """The newest export and deletion request of the signed-in person (2 queries)."""
    request = context["request"]
    return {
        "status": privacy_status(user=request.user),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
