"""Enrol a list of people in a course through the REST API, then read their progress back.

    python docs/api_enrol.py --base https://academy.example.kg --course <course key> emails.txt

The token comes from the environment (ACADEMY_TOKEN: a write token of a trainer of the course
or of a manager, created on the profile's "API tokens" page). emails.txt holds one address a
line. Only the standard library is used, so the script runs wherever Python 3.11 does.
Described in docs/api.md; tests/courses/api/test_script.py runs it against a live server.
"""

import argparse
import json
import os
import sys
import urllib.request
import uuid


def call(base: str, token: str, method: str, path: str, body=None, headers=None):
    """One API request; the answer's JSON (a problem document's title and detail on errors)."""
    request = urllib.request.Request(  # noqa: S310 (an https:// address the user gives)
        base.rstrip("/") + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            **({"Content-Type": "application/json"} if body is not None else {}),
            **(headers or {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return json.load(response)
    except urllib.error.HTTPError as error:
        problem = json.load(error)
        raise SystemExit(f"{error.code} {problem['title']}: {problem['detail']}") from None


def enrol_and_report(*, base: str, token: str, course: str, emails: list[str], out=sys.stdout):
    # One key per run: if the connection drops, running the same request again with the same
    # key returns the first answer instead of enrolling twice.
    key = str(uuid.uuid4())
    result = call(
        base,
        token,
        "POST",
        f"/api/v1/courses/{course}/enrolments/bulk/",
        {"emails": emails},
        headers={"Idempotency-Key": key},
    )
    for row in result["rows"]:
        print(f"{row['email']}: {row['result']}", file=out)
    wanted = {email.lower() for email in emails}
    path = f"/api/v1/courses/{course}/participants/?limit=100"
    while path:
        page = call(base, token, "GET", path)
        for item in page["items"]:
            if item["user"]["email"] in wanted:
                print(
                    f"{item['user']['email']}\t{item['status']}\t{item['done']}/{item['total']}"
                    f"\t{item['percent']}%",
                    file=out,
                )
        path = page["next"] and page["next"][len(base.rstrip("/")) :]
    return result


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="The site's address, e.g. https://…")
    parser.add_argument("--course", required=True, help="The course's key (a UUID).")
    parser.add_argument("emails", help="A file with one e-mail address a line.")
    args = parser.parse_args(argv)
    token = os.environ.get("ACADEMY_TOKEN")
    if not token:
        raise SystemExit("Set ACADEMY_TOKEN to a write token (profile › API tokens).")
    with open(args.emails, encoding="utf-8") as lines:
        emails = [line.strip() for line in lines if line.strip()]
    enrol_and_report(base=args.base, token=token, course=args.course, emails=emails)


if __name__ == "__main__":
    main()
