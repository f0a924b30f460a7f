"""The teaching area leads managers to data requests and the access log; trainers see neither."""

from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db


def test_a_manager_finds_deletion_requests_and_the_access_log(client, make_user):
    client.force_login(make_user(role="Manager"))
    html = client.get(reverse("progress:teach")).content.decode()
    assert f'href="{reverse("privacy:requests")}"' in html
    assert f'href="{reverse("access_log:list")}"' in html


def test_a_trainer_is_not_offered_them(client, make_user):
    client.force_login(make_user(role="Trainer"))
    response = client.get(reverse("progress:teach"))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("privacy:requests") not in html
    assert reverse("access_log:list") not in html
