"""Certificates: issuing, rendering, verification and Open Badges."""
