"""The municipality picker: a `<select>` grouped by oblast and district, which works without
JavaScript; `static/places/municipality_picker.js` adds a box that narrows it as you type."""

import copy

from django import forms

from lms.text_folding import letters_fold


def _sort_key(text: str) -> str:
    return letters_fold(text).lower()


class MunicipalityPicker(forms.Select):
    """Options grouped "Oblast — District", each named in the reader's language; for a model
    choice field, the municipalities come with their district and oblast in one query."""

    template_name = "places/widgets/municipality_picker.html"

    def optgroups(self, name, value, attrs=None):
        queryset = getattr(self.choices, "queryset", None)
        if queryset is None:  # plain choices: nothing to group by
            return super().optgroups(name, value, attrs)
        choices = copy.copy(self.choices)
        choices.queryset = queryset.select_related("district__oblast")
        wanted = {str(item) for item in value if item is not None}
        empty, places = [], []
        for option_value, label in choices:
            instance = getattr(option_value, "instance", None)
            if instance is None:
                empty.append((option_value, label))
            else:
                places.append(instance)
        groups, index = [], 0
        for option_value, label in empty:
            selected = str(option_value) in wanted
            option = self.create_option(name, option_value, label, selected, index, attrs=attrs)
            groups.append((None, [option], index))
            index += 1
        places.sort(
            key=lambda p: (
                _sort_key(p.district.oblast.name),
                _sort_key(p.district.name),
                _sort_key(p.name),
            )
        )
        current, members = None, []
        for place in places:
            group = f"{place.district.oblast.name} — {place.district.name}"
            if group != current:
                members = []
                groups.append((group, members, index))
                current = group
            selected = str(place.pk) in wanted
            members.append(
                self.create_option(
                    name, place.pk, place.name, selected, index, subindex=len(members), attrs=attrs
                )
            )
            index += 1
        return groups
