"""Places are snippets in the Wagtail admin, grouped under one menu item, searchable by any name."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lms.places.models import Cluster, District, Municipality, Oblast

NAME_PANELS = [
    FieldPanel("code"),
    MultiFieldPanel(
        [FieldRowPanel([FieldPanel("name_ky"), FieldPanel("name_ru"), FieldPanel("name_en")])],
        heading=_("Names"),
    ),
]
NAME_SEARCH_FIELDS = ["code", "name_ky", "name_ru", "name_en"]


class PlaceViewSet(SnippetViewSet):
    """Searches with the ORM: the lists are small and names need substring matches."""

    search_fields = NAME_SEARCH_FIELDS
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = True


class OblastViewSet(PlaceViewSet):
    model = Oblast
    icon = "site"
    list_display = ["name_ky", "name_ru", "name_en", "kind"]
    list_filter = ["kind"]
    panels = [*NAME_PANELS, FieldPanel("kind")]


class DistrictViewSet(PlaceViewSet):
    model = District
    icon = "group"
    list_display = ["name_ky", "name_ru", "name_en", "oblast"]
    list_filter = ["oblast"]
    panels = [*NAME_PANELS, FieldPanel("oblast")]

    def get_queryset(self, request):
        return District.objects.select_related("oblast")


class MunicipalityViewSet(PlaceViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name_ky", "name_ru", "kind", "district"]
    list_filter = ["kind", "district__oblast"]
    panels = [*NAME_PANELS, FieldPanel("district"), FieldPanel("kind"), FieldPanel("population")]

    def get_queryset(self, request):
        return Municipality.objects.select_related("district")


class ClusterViewSet(PlaceViewSet):
    model = Cluster
    icon = "link"
    list_display = ["name_ky", "name_ru", "name_en"]
    panels = [*NAME_PANELS, FieldPanel("municipalities"), FieldPanel("description")]


class PlacesGroup(SnippetViewSetGroup):
    menu_label = _("Places")
    menu_icon = "site"
    menu_order = 300
    items = (OblastViewSet, DistrictViewSet, MunicipalityViewSet, ClusterViewSet)


register_snippet(PlacesGroup)
