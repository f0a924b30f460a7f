"""manage.py seed_demo: places, accounts, the portal, courses, quizzes and a learner's progress;
safe to run again. It sits in `courses` because it builds every domain's demo, the portal's too."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.demo import about_page_create, home_pages_create
from cms.news.demo import news_demo_create
from cms.portal.demo import cases_demo_create
from courses.catalogue.demo import demo_courses_create
from courses.progress.demo import demo_learning_create
from lms.accounts.demo import demo_users_create
from lms.places.services import places_load
from lms.policies.demo import policies_demo_create
from lms.policies.demo_content import POLICIES

DEFAULT_PASSWORD = "demo-password-2026"  # noqa: S105 - printed for local trials, refused in production


class Command(BaseCommand):
    help = "Create demo content and accounts. Refuses to run with DEBUG off unless --force."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG off.")
        parser.add_argument("--password", default=DEFAULT_PASSWORD, help="Demo accounts' password.")

    def handle(self, *args, force=False, password=DEFAULT_PASSWORD, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a known password; with DEBUG off it needs --force."
            )
        report = places_load()
        self.stdout.write(f"Places: {sum(report.created.values())} created.")
        home = home_pages_create()
        self.stdout.write("Home page: ky, ru, en.")
        from cms.demo_content import ABOUT
        from cms.news.demo_content import NEWS
        from cms.portal.demo_content import CASES

        new_cases = cases_demo_create(cases=CASES, home=home)
        new_news = news_demo_create(news=NEWS, home=home)
        about_page_create(about=ABOUT, home=home)
        self.stdout.write(
            f"Portal: {len(CASES)} cases, {len(NEWS)} news items, About (ky, ru, en); "
            f"{new_cases} cases and {new_news} news items new."
        )
        self.stdout.write(f"Demo accounts (password: {password}):")
        for email, role in demo_users_create(password=password):
            self.stdout.write(f"  {role:<14} {email}")
        policies_demo_create(policies=POLICIES)  # accepted by the demo accounts above
        courses = demo_courses_create()
        self.stdout.write(f"Courses: {len(courses)} (ky, ru, en), taught by the demo trainer.")
        from courses.quizzes.demo import demo_quizzes_create
        from courses.quizzes.demo_content import QUIZZES

        quizzes = demo_quizzes_create(quizzes=QUIZZES)
        self.stdout.write(f"Quizzes: {len(quizzes)} in the demo courses (ky, ru, en).")
        if courses:
            done = demo_learning_create(course=courses[0])
            self.stdout.write(f"Demo learner: enrolled in one course, {done} lessons completed.")
        from courses.assignments.demo import demo_assignments_create

        assignments = demo_assignments_create()
        self.stdout.write(
            f"Assignments: {len(assignments)} with rubrics (ky, ru, en); the demo learner's work "
            "handed in (one waiting for grading, one graded)."
        )
        from courses.discussions.demo import demo_discussions_create

        topics = demo_discussions_create()
        self.stdout.write(
            f"Discussions: {len(topics)} topics (announcements, ky and ru discussions, a lesson "
            "question answered by the demo trainer)."
        )
        if courses:
            from courses.calendar.demo import demo_calendar_create

            due = demo_calendar_create(course=courses[0])
            self.stdout.write(
                "Calendar: the first course ends in two months, "
                f"“{due.title if due else '-'}” is due in ten days; the demo learner has a feed."
            )
        from lms.notifications.demo import demo_notifications_create

        notes = demo_notifications_create()
        self.stdout.write(f"Notifications: {notes} new for the demo learner and trainer.")
        from courses.seminars.demo import demo_seminars_create

        held, upcoming = demo_seminars_create()
        self.stdout.write(
            f"Seminars: {len(held)} held in 2020 (108 participants, 13 women) and "
            f"“{upcoming.title}” open for registration."
        )
        from courses.competitions.demo import demo_competitions_create

        finished, open_call = demo_competitions_create(password=password)
        self.stdout.write(
            f"Competitions: “{finished.slug}” with published results (5 winners, 4 conditional), "
            f"“{open_call.slug}” open; jurors juror1@ and juror2@example.org."
        )
