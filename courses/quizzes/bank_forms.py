"""The quiz editor's "Questions from the bank" inline: fixed bank questions and random draws.

Imported by models.py for the Quiz panels, so nothing here imports the models at module level.
The choices are the quiz's course's bank (or, before the quiz has a lesson, the banks of the
courses the editor teaches); the checks run on the whole inline once the quiz's own fields are
cleaned, so they know the quiz's course.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from modelcluster.forms import BaseChildFormSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import InlinePanel


class BankQuestionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        category = obj.category.name if obj.category_id else ""
        return f"[{category}] {obj}" if category else str(obj)


class BankCategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        parent = f"{obj.parent.name} / " if obj.parent_id else ""
        return f"{parent}{obj.name}"


class QuizSlotForm(WagtailAdminModelForm):
    """One slot: a bank question, or a category with how many to draw."""

    def __init__(self, *args, quiz=None, **kwargs):
        super().__init__(*args, **kwargs)
        from courses.quizzes.bank import (
            bank_questions_for_user,
            categories_for_user,
            quiz_course_key,
        )
        from courses.quizzes.models import Question, QuestionCategory

        user = self.for_user
        if user is not None:
            questions = bank_questions_for_user(user=user)
            categories = categories_for_user(user=user)
        else:
            questions = Question.objects.select_related("category")
            categories = QuestionCategory.objects.select_related("parent")
        if quiz is not None and quiz.lesson_id:
            course_key = quiz_course_key(quiz)
            questions = questions.filter(category__course_key=course_key)
            categories = categories.filter(course_key=course_key)
        if "question" in self.fields:
            self.fields["question"] = BankQuestionChoiceField(
                queryset=questions.exclude(qtype="description").order_by(
                    "category__name", "name", "pk"
                ),
                label=_("question"),
                required=False,
            )
        if "category" in self.fields:
            self.fields["category"] = BankCategoryChoiceField(
                queryset=categories.order_by("name", "pk"),
                label=_("or random questions from category"),
                required=False,
            )


class QuizSlotFormSet(BaseChildFormSet):
    """Checks the slots together, against the quiz's course and own questions."""

    def __init__(self, data=None, files=None, *args, prefix=None, **kwargs):
        # A post without this inline (a script, or a form older than the bank) means no slots
        # rather than a broken form.
        if data is not None and prefix and f"{prefix}-TOTAL_FORMS" not in data:
            data = data.copy()
            data[f"{prefix}-TOTAL_FORMS"] = "0"
            data[f"{prefix}-INITIAL_FORMS"] = "0"
        super().__init__(data, files, *args, prefix=prefix, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "quiz": self.instance}

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        from courses.quizzes.bank import (
            SLOT_COUNT_POSITIVE,
            SLOT_EMPTY,
            SLOT_NO_LESSON,
            SLOT_OTHER_COURSE,
            SLOT_QUESTION_OR_CATEGORY,
            SLOT_QUESTION_TWICE,
            lesson_course_key,
            slot_random_problem,
        )

        quiz = self.instance
        forms_kept = [
            form
            for form in self.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            and (form.has_changed() or form.instance.pk)
        ]
        if not forms_kept:
            return
        # The quiz's own fields may not be on the instance yet (a new quiz): its lesson is then
        # read from the same post.
        lesson = quiz.lesson if quiz.lesson_id else None
        posted = str(self.data.get("lesson") or "")
        if posted.isdigit():
            from courses.catalogue.models import LessonPage

            lesson = LessonPage.objects.filter(pk=int(posted)).first() or lesson
        if lesson is None:
            raise forms.ValidationError(SLOT_NO_LESSON)
        course_key = lesson_course_key(lesson)
        own = {question.pk for question in quiz.questions.all() if question.pk}
        fixed: set = set()
        for form in forms_kept:
            question = form.cleaned_data.get("question")
            if question is None:
                continue
            if question.category_id is None or question.category.course_key != course_key:
                form.add_error("question", SLOT_OTHER_COURSE)
            elif question.pk in own or question.pk in fixed:
                form.add_error("question", SLOT_QUESTION_TWICE)
            fixed.add(question.pk)
        for form in forms_kept:
            data = form.cleaned_data
            question, category = data.get("question"), data.get("category")
            if question is not None and category is not None:
                form.add_error("category", SLOT_QUESTION_OR_CATEGORY)
                continue
            if question is None and category is None:
                form.add_error("question", SLOT_EMPTY)
                continue
            if category is None:
                continue
            if category.course_key != course_key:
                form.add_error("category", SLOT_OTHER_COURSE)
                continue
            count = data.get("count") or 0
            if count < 1:
                form.add_error("count", SLOT_COUNT_POSITIVE)
                continue
            problem = slot_random_problem(
                category=category,
                include_subcategories=bool(data.get("include_subcategories")),
                count=count,
                taken=own | fixed,
            )
            if problem:
                form.add_error("count", problem)


class QuizSlotsPanel(InlinePanel):
    """The inline of bank slots, with the form and checks above."""

    def get_form_options(self):
        options = super().get_form_options()
        formset = options["formsets"][self.relation_name]
        formset["form"] = QuizSlotForm
        formset["formset"] = QuizSlotFormSet
        formset["inherit_kwargs"] = ["for_user"]
        return options
