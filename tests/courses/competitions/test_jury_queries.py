"""Pinned query counts of the jury's list pages: the same whatever the number of applications."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation

import pytest

from courses.competitions.models import Application, ApplicationStatus
from lms.places.models import Cluster
from tests.courses.competitions.conftest import declare
from tests.factories.places import MunicipalityFactory


def en(name, *args):
    with translation.override("en"):
        return reverse(f"competitions:{name}", args=args)


def more_applications(call, n):
    for k in range(n):
        cluster = Cluster.objects.create(
            code=f"extra-{k}", name_ky=f"К{k}", name_ru=f"К{k}", name_en=f"C{k}"
        )
        cluster.municipalities.set([MunicipalityFactory()])
        Application.objects.create(
            call=call,
            cluster=cluster,
            status=ApplicationStatus.SUBMITTED,
            submitted_at=timezone.now() - timedelta(days=1),
        )


@pytest.mark.django_db
@pytest.mark.parametrize("extra", [0, 5])
def test_juror_call_page(client, django_assert_num_queries, call, app_a, app_b, juror, extra):
    more_applications(call, extra)
    declare(call, juror)
    client.force_login(juror)
    client.get(en("jury_call", call.slug))  # warm the policies and notification caches
    # session, user, the call, the declaration (page), juror check, the declaration (list),
    # declared conflicts, the applications with their applicant, the juror's sheets
    with django_assert_num_queries(8):
        response = client.get(en("jury_call", call.slug))
    assert len(response.context["applications"]) == 2 + extra


@pytest.mark.django_db
def test_juror_calls_list(client, django_assert_num_queries, call, juror):
    client.force_login(juror)
    client.get(en("jury"))
    # session, user, the calls
    with django_assert_num_queries(2):
        response = client.get(en("jury"))
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("extra", [0, 5])
def test_manager_calls_list(client, django_assert_num_queries, call, app_a, manager, extra):
    more_applications(call, extra)
    client.force_login(manager)
    client.get(en("manage"))
    # session, user, the calls with their counts (the manager check's groups are cached)
    with django_assert_num_queries(2):
        response = client.get(en("manage"))
    assert response.status_code == 200
