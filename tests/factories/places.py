"""Factories for places."""

import factory

from lms.places.models import District, Municipality, Oblast


class OblastFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Oblast

    code = factory.Sequence(lambda n: f"oblast-{n}")
    name_ky = factory.Sequence(lambda n: f"Облус {n}")
    name_ru = factory.Sequence(lambda n: f"Область {n}")
    name_en = factory.Sequence(lambda n: f"Region {n}")


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District

    code = factory.Sequence(lambda n: f"district-{n}")
    oblast = factory.SubFactory(OblastFactory)
    name_ky = factory.Sequence(lambda n: f"Район {n}")
    name_ru = factory.Sequence(lambda n: f"Район {n}")
    name_en = factory.Sequence(lambda n: f"District {n}")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    code = factory.Sequence(lambda n: f"municipality-{n}")
    district = factory.SubFactory(DistrictFactory)
    name_ky = factory.Sequence(lambda n: f"Айыл аймагы {n}")
    name_ru = factory.Sequence(lambda n: f"Айыльный аймак {n}")
    name_en = factory.Sequence(lambda n: f"Ayil aimak {n}")
