"""The tool's RSA keys: one pair per registration, generated when it is created."""

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pylti1p3.registration import Registration

KEY_SIZE = 2048


def key_pair_generate() -> tuple[str, str]:
    """A new RSA pair as (private PEM, public PEM)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public


def public_jwk(public_key: str) -> dict:
    """The public key as a JWK (RS256, signature use), with the key's thumbprint as `kid`: the
    same `kid` pylti1p3 puts in the header of what it signs with the private half."""
    return dict(Registration.get_jwk(public_key))
