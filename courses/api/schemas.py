"""Schemas of the course routers; every field says what it holds."""

import datetime as dt
import uuid

from ninja import Field, Schema


class TopicOut(Schema):
    slug: str = Field(..., description="The topic's slug, usable as the `topic` filter.")
    name: str = Field(..., description="The topic's name in the requested language.")


class CourseOut(Schema):
    course_key: uuid.UUID = Field(
        ..., description="The course's identity, the same in every language (translation key)."
    )
    page_id: int = Field(..., description="The id of the page shown (in its language).")
    language: str = Field(..., description="The language of the page shown: ky, ru or en.")
    translated: bool = Field(
        ..., description="False when the course is not translated into the requested language."
    )
    title: str = Field(..., description="The course's title.")
    summary: str = Field(..., description="A short summary.")
    url: str = Field(..., description="The course page's address on the site.")
    level: str = Field(..., description="beginner, intermediate or advanced.")
    estimated_hours: int = Field(..., description="Estimated hours of study.")
    topic: TopicOut | None = Field(None, description="The course's topic.")
    lesson_count: int = Field(..., description="Live lessons in the course.")
    learner_count: int = Field(..., description="Learners enrolled (active or completed).")
    enrolment_method: str = Field(..., description="open, key, approval or closed.")
    languages: list[str] = Field(..., description="Languages the course is published in.")


class LessonOut(Schema):
    lesson_key: uuid.UUID = Field(..., description="The lesson's identity in every language.")
    title: str = Field(..., description="The lesson's title.")
    estimated_minutes: int = Field(..., description="Estimated minutes.")
    required: bool = Field(..., description="Whether it counts towards completing the course.")
    open_preview: bool = Field(..., description="Whether anyone may read it without enrolling.")


class SectionOut(Schema):
    module: str | None = Field(
        None, description="The module's title; null for lessons placed directly under the course."
    )
    lessons: list[LessonOut] = Field(..., description="The section's lessons in course order.")


class CourseDetailOut(CourseOut):
    description_html: str = Field(..., description="The full description (HTML).")
    outcomes: list[str] = Field(..., description="What a learner will be able to do.")
    completion_requirements: str = Field(..., description="What it takes to complete.")
    trainers: list[str] = Field(..., description="The trainers' names.")
    capacity: int | None = Field(None, description="Places; null for no limit.")
    enrolment_opens_at: dt.datetime | None = Field(None, description="Enrolment opens (ISO 8601).")
    enrolment_closes_at: dt.datetime | None = Field(
        None, description="Enrolment closes (ISO 8601)."
    )
    sequential_lessons: bool = Field(..., description="Whether lessons open one after another.")
    certificate_enabled: bool = Field(..., description="Whether completing earns a certificate.")
    outline: list[SectionOut] = Field(..., description="Modules and lessons in order.")


class PersonRef(Schema):
    id: int = Field(..., description="The account's id.")
    email: str = Field(..., description="The e-mail address.")
    full_name: str = Field(..., description="The full name.")


class EnrollmentOut(Schema):
    id: int = Field(..., description="The enrolment's id.")
    course_key: uuid.UUID = Field(..., description="The course's identity in every language.")
    user: PersonRef = Field(..., description="The learner.")
    status: str = Field(
        ..., description="pending, active, completed, withdrawn or rejected (a declined request)."
    )
    created_at: dt.datetime = Field(..., description="When the enrolment was made.")
    completed_at: dt.datetime | None = Field(None, description="When the course was completed.")


class MyEnrollmentOut(Schema):
    id: int = Field(..., description="The enrolment's id.")
    course_key: uuid.UUID = Field(..., description="The course's identity in every language.")
    course_title: str = Field(..., description="The course's title in the requested language.")
    status: str = Field(..., description="pending, active, completed, withdrawn or rejected.")
    created_at: dt.datetime = Field(..., description="When you enrolled.")
    completed_at: dt.datetime | None = Field(None, description="When you completed the course.")
    done: int = Field(..., description="Required lessons you completed.")
    total: int = Field(..., description="Required lessons in the course.")
    percent: int = Field(..., description="Progress in percent (100 once completed).")


class LessonProgressOut(Schema):
    lesson_key: uuid.UUID = Field(..., description="The lesson's identity in every language.")
    title: str = Field(..., description="The lesson's title.")
    required: bool = Field(..., description="Whether it counts towards completion.")
    completed_at: dt.datetime | None = Field(None, description="When you completed it.")


class CourseProgressOut(Schema):
    course_key: uuid.UUID = Field(..., description="The course's identity in every language.")
    status: str = Field(..., description="The enrolment's status.")
    done: int = Field(..., description="Required lessons completed.")
    total: int = Field(..., description="Required lessons in the course.")
    percent: int = Field(..., description="Progress in percent (100 once completed).")
    lessons: list[LessonProgressOut] = Field(..., description="Every lesson, in course order.")


class CertificateOut(Schema):
    code: str = Field(..., description="The verification code.")
    status: str = Field(..., description="valid, revoked or superseded (replaced by another).")
    holder_name: str = Field(..., description="The holder's name as printed.")
    course_title: str = Field(..., description="The course title as printed.")
    completed_on: dt.date = Field(..., description="The completion date.")
    issuer_name: str = Field(..., description="Who issued it.")
    verify_url: str = Field(..., description="The public verification page.")


class ParticipantOut(Schema):
    enrollment_id: int = Field(..., description="The enrolment's id.")
    user: PersonRef = Field(..., description="The learner.")
    municipality: str | None = Field(None, description="The learner's municipality.")
    oblast: str | None = Field(None, description="The oblast of that municipality.")
    status: str = Field(..., description="The enrolment's status.")
    done: int = Field(..., description="Required lessons completed.")
    total: int = Field(..., description="Required lessons in the course.")
    percent: int = Field(..., description="Progress in percent (100 once completed).")
    completed_at: dt.datetime | None = Field(None, description="When the course was completed.")
    last_activity_at: dt.datetime | None = Field(None, description="The last lesson visit.")


class CaseOut(Schema):
    page_id: int = Field(..., description="The case page's id.")
    title: str = Field(..., description="The case's title.")
    summary: str = Field(..., description="A short summary.")
    url: str = Field(..., description="The case page's address on the site.")
    theme: str = Field(..., description="The theme (a code; filter `theme`).")
    service_area: str = Field(..., description="The municipal service (filter `service_area`).")
    mechanism: str = Field(..., description="How it was delivered (filter `mechanism`).")
    status: str = Field(..., description="The case's status (filter `status`).")
    year: int | None = Field(None, description="The year it started (filter `year`).")
    municipalities: list[str] = Field(..., description="The municipalities involved.")
    oblasts: list[str] = Field(..., description="Their oblasts' codes (filter `oblast`).")
