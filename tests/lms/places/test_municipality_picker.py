"""The municipality picker: a `<select>` grouped "Oblast — District" that works without
JavaScript, in the reader's language, in one query; used wherever a municipality is picked."""

from django import forms
from django.urls import reverse
from django.utils import translation

import pytest

from lms.params import IdModelChoiceField
from lms.places.models import Municipality
from lms.places.widgets import MunicipalityPicker
from tests.factories.places import DistrictFactory, MunicipalityFactory, OblastFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    chuy = OblastFactory(name_ky="Чүй облусу", name_ru="Чуйская область")
    naryn = OblastFactory(name_ky="Нарын облусу", name_ru="Нарынская область")
    alamudun = DistrictFactory(oblast=chuy, name_ky="Аламүдүн району", name_ru="Аламудинский")
    kochkor = DistrictFactory(oblast=naryn, name_ky="Кочкор району", name_ru="Кочкорский")
    return {
        "lebedinovka": MunicipalityFactory(
            district=alamudun, name_ky="Лебединовка айыл аймагы", name_ru="Лебединовка"
        ),
        "baitik": MunicipalityFactory(
            district=alamudun, name_ky="Байтик айыл аймагы", name_ru="Байтик"
        ),
        "kochkor": MunicipalityFactory(
            district=kochkor, name_ky="Кочкор айыл аймагы", name_ru="Кочкорка"
        ),
    }


class PickerForm(forms.Form):
    municipality = IdModelChoiceField(
        Municipality.objects.all(), required=False, widget=MunicipalityPicker
    )


def test_grouped_by_oblast_and_district_in_one_query(places, django_assert_num_queries):
    form = PickerForm(initial={"municipality": places["baitik"].pk})
    with translation.override("ky"), django_assert_num_queries(1):
        html = str(form["municipality"])
    assert html.index('<optgroup label="Нарын облусу — Кочкор району">') < html.index(
        '<optgroup label="Чүй облусу — Аламүдүн району">'
    )
    chuy = html[html.index("Чүй облусу") :]
    assert chuy.index("Байтик айыл аймагы") < chuy.index("Лебединовка айыл аймагы")
    assert f'<option value="{places["baitik"].pk}" selected>Байтик айыл аймагы</option>' in html
    assert '<option value="">' in html  # nothing chosen is a choice
    assert "places/municipality_picker.js" in html and "data-municipality-picker" in html


def test_names_in_the_readers_language(places):
    with translation.override("ru"):
        html = str(PickerForm()["municipality"])
    assert '<optgroup label="Чуйская область — Аламудинский">' in html
    assert ">Лебединовка</option>" in html


def test_a_choice_from_the_grouped_list_is_valid(places):
    form = PickerForm(data={"municipality": places["kochkor"].pk})
    assert form.is_valid()
    assert form.cleaned_data["municipality"] == places["kochkor"]


def test_registration_and_profile_forms_use_it(client, places, make_user):
    html = client.get(reverse("accounts:register")).content.decode()
    assert "<optgroup" in html and "data-municipality-picker" in html
    client.force_login(make_user(role="Learner"))
    html = client.get(reverse("accounts:profile")).content.decode()
    assert 'name="municipality"' in html and "<optgroup" in html


def test_plain_choices_are_left_as_they_are():
    widget = MunicipalityPicker(choices=[("", "—"), ("1", "One")])
    html = widget.render("place", "1")
    assert "<optgroup" not in html and '<option value="1" selected>One</option>' in html
