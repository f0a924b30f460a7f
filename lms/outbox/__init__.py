"""The transactional outbox: tasks are stored with the change they follow and handed to Celery
after commit, so a broker outage delays a message instead of failing the request or losing it."""
