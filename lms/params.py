"""Reading ids from query strings and forms without trusting them.

An id too large for the database's integer column raises OverflowError (SQLite) or DataError
(PostgreSQL) instead of "no such row", which turned a hostile `?oblast=10^25` into a 500.
"""

from django import forms

# PostgreSQL's bigint, SQLite's INTEGER: no row has an id above this.
MAX_ID = 2**63 - 1


def id_param(value) -> int | None:
    """An id from a query parameter, or None when it is not one a row could have."""
    value = str(value or "").strip()
    if not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


class IdModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that answers "not a valid choice" to an id no row could have."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if self.to_field_name is None and id_param(value) is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class IdModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """The same for a list of ids (Wagtail's user list filters groups with one)."""

    def _check_values(self, value):
        if self.to_field_name is None:
            for pk in value if isinstance(value, list | tuple) else [value]:
                if id_param(pk) is None:
                    raise forms.ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": str(pk)[:20]},
                    )
        return super()._check_values(value)
