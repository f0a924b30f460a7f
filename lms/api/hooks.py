"""The API's extension point: apps above lms add their routers without lms importing them.

    @hooks.register(API_ROUTERS)
    def course_routers():
        return [("/courses", courses_router), ...]

Each hook returns (prefix, django-ninja Router) pairs, mounted on the one NinjaAPI at /api/v1/
in hook order when the URLs load (lms/api/api.py).
"""

API_ROUTERS = "api_routers"
