"""`{% fragment "name" part ... %}…{% endfragment %}`: a template block kept like every other
fragment (`lms.page_cache.fragment_cached`): per content version, language, host and the parts
named, in this process and the shared cache, never in previews. What the block shows must depend
on nothing else.

Django's `{% cache %}` reads the shared cache even when told to keep nothing, so a preview could
be shown the live copy of a block; and it has no copy in the process.
"""

from django import template

from lms.page_cache import fragment_cached

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts

    def render(self, context):
        request = context.get("request")
        name = self.name.resolve(context)
        # Page links are relative on the page's own site and absolute on another: the host too.
        host = request.get_host() if request is not None else ""
        parts = (host, *(part.resolve(context) for part in self.parts))
        return fragment_cached(
            request, f"block:{name}", parts, lambda: self.nodelist.render(context)
        )


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            "'fragment' needs a name, then what the block varies on."
        )
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
