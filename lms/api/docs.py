"""The OpenAPI schema flattened for the docs page: operations with their parameters and
bodies, and every schema with its fields."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Field_:
    name: str
    type: str
    required: bool
    description: str
    where: str = ""


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    description: str
    public: bool
    anchor: str
    parameters: list = field(default_factory=list)
    body: str = ""
    responses: list = field(default_factory=list)


def type_name(schema: dict) -> str:
    """A short readable type: `CoursePage`, `integer`, `string | null`, `list of PlaceRef`."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(type_name(part) for part in schema["anyOf"])
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return type_name(schema["allOf"][0])
    if "enum" in schema:
        return "one of " + ", ".join(str(value) for value in schema["enum"])
    if schema.get("type") == "array":
        return "list of " + type_name(schema.get("items", {}))
    return str(schema.get("type", "any"))


def schema_fields(schema: dict) -> list[Field_]:
    required = set(schema.get("required", ()))
    return [
        Field_(
            name=name,
            type=type_name(prop),
            required=name in required,
            description=prop.get("description", ""),
        )
        for name, prop in schema.get("properties", {}).items()
    ]


def _body_ref(content: dict) -> str:
    for media in content.values():
        return type_name(media.get("schema", {}))
    return ""


def schema_operations(schema: dict) -> list[Operation]:
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            parameters = [
                Field_(
                    name=param["name"],
                    type=type_name(param.get("schema", {})),
                    required=param.get("required", False),
                    description=param.get("description", "")
                    or param.get("schema", {}).get("description", ""),
                    where=param["in"],
                )
                for param in op.get("parameters", [])
            ]
            responses = [
                (status, _body_ref(answer.get("content", {})))
                for status, answer in op.get("responses", {}).items()
            ]
            operations.append(
                Operation(
                    method=method.upper(),
                    path=path,
                    summary=op.get("summary", ""),
                    description=op.get("description", ""),
                    public=not op.get("security"),
                    anchor=op.get("operationId", ""),
                    parameters=parameters,
                    body=_body_ref(op.get("requestBody", {}).get("content", {})),
                    responses=responses,
                )
            )
    return operations


def schema_components(schema: dict) -> list[tuple[str, list[Field_]]]:
    return [
        (name, schema_fields(component))
        for name, component in sorted(schema.get("components", {}).get("schemas", {}).items())
    ]
