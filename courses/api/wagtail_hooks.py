"""Mount the course routers on the API (lms.api.hooks.API_ROUTERS)."""

from wagtail import hooks

from lms.api.hooks import API_ROUTERS


@hooks.register(API_ROUTERS)
def course_routers():
    from courses.api.routers import cases, certificates, courses, me

    return [
        ("/courses", courses.router),
        ("/me", me.router),
        ("/certificates", certificates.router),
        ("/cases", cases.router),
    ]
