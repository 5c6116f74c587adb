"""Zero to JupyterHub values for the region's lycées: one hub per lycée on a shared cluster.

:func:`lycee_values` returns the Helm values (a ``dict``) of one lycée; :func:`write_region`
reads the region's CSV (columns ``uai``, ``nom``, ``eleves``; ``;`` or ``,``) and writes
``OUT/<uai>.yaml`` for each lycée, plus ``OUT/<uai>-exchange-pvc.yaml``, the ReadWriteMany
volume that holds nbgrader's exchange (the chart does not create it).

What the values say, and why:

- every image comes from the region's own registry (``registry``), pulled ``IfNotPresent`` and
  pre-pulled on every node: nothing is fetched from the internet, not even at 08:00;
- pupils' pods have no egress at all (the chart's own NetworkPolicy, every allow rule off):
  no internet, no cloud metadata, no gradebook; the hub reaches only private addresses (the
  PostgreSQL gradebook and the region's digital workspace for LTI 1.3);
- one uid per pupil (``200000 +`` the hub's user id), so the shared exchange volume keeps its
  unix permissions; the exchange volume is mounted at ``/srv/nbgrader/exchange``;
- nbgrader's gradebook is a PostgreSQL database per lycée (``db_url`` passed to the hub pod only,
  where the per-class nbgrader services run; its password comes from a Kubernetes Secret);
- memory: an idle pupil server uses about 150 MB and eduia's kernel budget is 200 MB, but a pupil
  measured on a real hub after lesson 02 (benchmarks/hub_spawn.py) holds about 404 MB: each pupil
  is guaranteed 512 MB and capped at 640 MB.

Examples
--------
>>> from eduia.hub.region import Lycee, lycee_values
>>> values = lycee_values(Lycee("0130001A", "Lycée Thiers", 1200))
>>> values["singleuser"]["memory"]
{'guarantee': '512M', 'limit': '640M'}
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eduia import __version__
from eduia.errors import EduiaError

#: Memory of an idle pupil server (jupyter-server + JupyterLab), measured on the school hub.
SERVER_MEMORY_MB = 150
#: eduia's budget for one pupil kernel running a lesson.
KERNEL_BUDGET_MB = 200
#: Server plus kernel of one pupil after lesson 02, measured by benchmarks/hub_spawn.py (10 pupils).
MEASURED_PUPIL_MB = 404
#: Memory guaranteed to each pupil: the larger of budget and measure, rounded up to 128 MB.
MEMORY_GUARANTEE_MB = 128 * math.ceil(
    max(SERVER_MEMORY_MB + KERNEL_BUDGET_MB, MEASURED_PUPIL_MB) / 128
)
#: Hard memory cap of a pupil pod: the guarantee plus one 128 MB margin.
MEMORY_LIMIT_MB = MEMORY_GUARANTEE_MB + 128
#: Where nbgrader's exchange is mounted in every pod (eduia's default exchange root).
EXCHANGE_ROOT = "/srv/nbgrader/exchange"
#: First uid of pupils' pods: ``FIRST_UID + user id in the hub's database``.
FIRST_UID = 200000
#: Share of a lycée's pupils who start a server in the same minute at a timetable peak.
PEAK_SHARE = 0.35

_UAI = re.compile(r"^[0-9]{7}[A-Z]$")


class RegionError(EduiaError, ValueError):
    """A problem in the region's list of lycées; the message is French, from the catalogue."""


@dataclass(frozen=True)
class Lycee:
    """One lycée of the region's list.

    Examples
    --------
    >>> Lycee("0130001A", "Lycée Thiers", 1200).slug
    '0130001a'
    """

    uai: str
    nom: str
    eleves: int

    @property
    def slug(self) -> str:
        """The UAI in lower case: a valid Kubernetes name for the lycée's resources."""
        return self.uai.lower()


@dataclass(frozen=True)
class RegionOptions:
    """Choices shared by every lycée of the region.

    Examples
    --------
    >>> RegionOptions(domain="lycees.example.fr").domain
    'lycees.example.fr'
    """

    registry: str = "registry.eduia.region.internal"
    domain: str = "jupyter.lycees.region.internal"
    postgres_host: str = "gradebook-postgresql.eduia.svc.cluster.local"
    postgres_secret: str = "eduia-gradebook"
    storage_class: str = "nfs-rwx"
    lti_issuer: str = "https://ent.region.internal"
    lti_client_id: str = "eduia"
    interface: str = "/lab"
    image_tag: str = __version__
    extra_hub_egress_cidrs: tuple[str, ...] = field(default=("10.0.0.0/8",))


def read_lycees(text: str) -> list[Lycee]:
    """Parse the region's CSV (``uai``, ``nom``, ``eleves``; ``;`` or ``,`` separated).

    Raises
    ------
    RegionError
        For a missing column, a malformed UAI, a non-positive pupil count or a repeated UAI.

    Examples
    --------
    >>> read_lycees("uai;nom;eleves\\n0130001A;Lycée Thiers;1200\\n")[0].eleves
    1200
    """
    from eduia.i18n import t

    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = {(name or "").strip().lower(): name for name in (reader.fieldnames or [])}
    missing = [name for name in ("uai", "nom", "eleves") if name not in columns]
    if missing:
        raise RegionError(t("hub.region_missing_columns", columns=", ".join(missing)))
    lycees: list[Lycee] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        uai = (row[columns["uai"]] or "").strip().upper()
        nom = (row[columns["nom"]] or "").strip()
        count = (row[columns["eleves"]] or "").strip().replace(" ", "")
        if not (uai or nom or count):
            continue
        if not _UAI.match(uai):
            raise RegionError(t("hub.region_bad_uai", line=line, uai=uai))
        if not count.isdigit() or int(count) <= 0:
            raise RegionError(t("hub.region_bad_count", line=line, value=count))
        if uai in seen:
            raise RegionError(t("hub.region_duplicate", line=line, uai=uai))
        seen.add(uai)
        lycees.append(Lycee(uai, nom or uai, int(count)))
    if not lycees:
        raise RegionError(t("hub.region_empty"))
    return lycees


def gradebook_url(lycee: Lycee, options: RegionOptions = RegionOptions()) -> str:
    """nbgrader's ``db_url`` for the lycée: its own PostgreSQL database, password from ``PGPASSWORD``.

    Examples
    --------
    >>> gradebook_url(Lycee("0130001A", "Lycée Thiers", 1200))
    'postgresql+psycopg://eduia_0130001a@gradebook-postgresql.eduia.svc.cluster.local:5432/gradebook_0130001a'
    """
    return (
        f"postgresql+psycopg://eduia_{lycee.slug}@{options.postgres_host}:5432/"
        f"gradebook_{lycee.slug}"
    )


def _image(options: RegionOptions, name: str, tag: str) -> dict:
    return {"name": f"{options.registry}/{name}", "tag": tag, "pullPolicy": "IfNotPresent"}


_UID_CONFIG = f"""\
# One uid per pupil, stable for the life of the hub's database: the exchange volume
# (ReadWriteMany) keeps unix permissions between pupils.
c.KubeSpawner.uid = lambda spawner: {FIRST_UID} + spawner.user.id
c.KubeSpawner.gid = 100
"""


def lycee_values(lycee: Lycee, options: RegionOptions = RegionOptions()) -> dict:
    """The Zero to JupyterHub values of one lycée (merge them over the chart's defaults).

    Examples
    --------
    >>> v = lycee_values(Lycee("0130001A", "Lycée Thiers", 1200))
    >>> v["singleuser"]["networkPolicy"]["egressAllowRules"]["nonPrivateIPs"]
    False
    """
    peak = max(1, math.ceil(lycee.eleves * PEAK_SHARE))
    host = f"{lycee.slug}.{options.domain}"
    pause = _image(options, "k8s/pause", "3.10.2")
    no_egress = {
        "cloudMetadataServer": False,
        "dnsPortsCloudMetadataServer": False,
        "dnsPortsKubeSystemNamespace": False,
        "dnsPortsPrivateIPs": False,
        "nonPrivateIPs": False,
        "privateIPs": False,
    }
    return {
        "fullnameOverride": f"hub-{lycee.slug}",
        "hub": {
            "baseUrl": "/",
            "image": _image(options, "eduia/hub", options.image_tag),
            "config": {
                "JupyterHub": {
                    "admin_access": False,
                    "authenticator_class": "ltiauthenticator.lti13.auth.LTI13Authenticator",
                },
                "LTI13Authenticator": {
                    "issuer": options.lti_issuer,
                    "authorize_url": f"{options.lti_issuer}/lti/authorize",
                    "jwks_endpoint": f"{options.lti_issuer}/lti/jwks",
                    "client_id": [options.lti_client_id],
                    "username_key": "sub",
                },
                "Authenticator": {"allow_all": True, "enable_auth_state": False},
            },
            "db": {
                "type": "sqlite-pvc",
                "pvc": {"storage": "1Gi", "accessModes": ["ReadWriteOnce"]},
            },
            "concurrentSpawnLimit": max(10, min(100, peak)),
            "activeServerLimit": lycee.eleves + max(10, lycee.eleves // 20),
            "resources": {
                "requests": {"cpu": "0.2", "memory": "256Mi"},
                "limits": {"memory": "1Gi"},
            },
            "extraEnv": {
                "EDUIA_LANG": "fr",
                "EDUIA_GRADEBOOK_URL": gradebook_url(lycee, options),
                "EDUIA_EXCHANGE_ROOT": EXCHANGE_ROOT,
                "PGPASSWORD": {
                    "valueFrom": {
                        "secretKeyRef": {"name": options.postgres_secret, "key": lycee.slug},
                    },
                },
            },
            "extraConfig": {"eduia-uid": _UID_CONFIG},
            "extraVolumes": [
                {
                    "name": "exchange",
                    "persistentVolumeClaim": {"claimName": f"exchange-{lycee.slug}"},
                }
            ],
            "extraVolumeMounts": [{"name": "exchange", "mountPath": EXCHANGE_ROOT}],
            "networkPolicy": {
                "enabled": True,
                "egressAllowRules": {
                    **no_egress,
                    "dnsPortsKubeSystemNamespace": True,
                    "privateIPs": True,
                },
                "egress": [
                    {"to": [{"ipBlock": {"cidr": cidr}}]} for cidr in options.extra_hub_egress_cidrs
                ],
            },
        },
        "proxy": {
            "service": {"type": "ClusterIP"},
            "chp": {
                "image": _image(options, "jupyterhub/configurable-http-proxy", "4.6.3"),
                "networkPolicy": {
                    "enabled": True,
                    "egressAllowRules": {
                        **no_egress,
                        "dnsPortsKubeSystemNamespace": True,
                        "privateIPs": True,
                    },
                },
                "resources": {
                    "requests": {"cpu": "0.1", "memory": "128Mi"},
                    "limits": {"memory": "512Mi"},
                },
            },
        },
        "ingress": {
            "enabled": True,
            "hosts": [host],
            "tls": [{"hosts": [host], "secretName": f"tls-{lycee.slug}"}],
        },
        "singleuser": {
            "image": _image(options, "eduia/singleuser", options.image_tag),
            "networkTools": {
                "image": _image(options, "jupyterhub/k8s-network-tools", options.image_tag)
            },
            "defaultUrl": options.interface,
            "startTimeout": 300,
            "cpu": {"guarantee": 0.05, "limit": 1.0},
            "memory": {"guarantee": f"{MEMORY_GUARANTEE_MB}M", "limit": f"{MEMORY_LIMIT_MB}M"},
            "fsGid": 100,
            "cloudMetadata": {"blockWithIptables": False, "ip": "169.254.169.254"},
            "networkPolicy": {"enabled": True, "egressAllowRules": no_egress, "egress": []},
            "extraEnv": {
                "EDUIA_LANG": "fr",
                "LANG": "fr_FR.UTF-8",
                "EDUIA_EXCHANGE_ROOT": EXCHANGE_ROOT,
            },
            "storage": {
                "type": "dynamic",
                "capacity": "1Gi",
                "homeMountPath": "/home/jovyan",
                "dynamic": {
                    "storageClass": options.storage_class,
                    "storageAccessModes": ["ReadWriteOnce"],
                },
                "extraVolumes": [
                    {
                        "name": "exchange",
                        "persistentVolumeClaim": {"claimName": f"exchange-{lycee.slug}"},
                    }
                ],
                "extraVolumeMounts": [{"name": "exchange", "mountPath": EXCHANGE_ROOT}],
            },
        },
        "scheduling": {
            "userScheduler": {
                "enabled": True,
                "image": _image(options, "k8s/kube-scheduler", "v1.35.7"),
            },
            "podPriority": {"enabled": True},
            "userPlaceholder": {
                "enabled": True,
                "image": pause,
                "replicas": max(2, math.ceil(peak * 0.1)),
            },
        },
        "prePuller": {
            "hook": {
                "enabled": True,
                "image": _image(options, "jupyterhub/k8s-image-awaiter", options.image_tag),
            },
            "continuous": {"enabled": True},
            "pause": {"image": pause},
        },
        "cull": {
            "enabled": True,
            "users": False,
            "timeout": 1800,
            "every": 300,
            "maxAge": 8 * 3600,
        },
    }


def exchange_claim(lycee: Lycee, options: RegionOptions = RegionOptions()) -> dict:
    """The ReadWriteMany PersistentVolumeClaim holding the lycée's nbgrader exchange.

    Examples
    --------
    >>> exchange_claim(Lycee("0130001A", "Lycée Thiers", 1200))["spec"]["accessModes"]
    ['ReadWriteMany']
    """
    size_gi = max(5, math.ceil(lycee.eleves * 20 / 1024))  # about 20 MB of submissions per pupil
    return {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": {
            "name": f"exchange-{lycee.slug}",
            "labels": {"app": "eduia", "eduia/uai": lycee.slug},
        },
        "spec": {
            "accessModes": ["ReadWriteMany"],
            "storageClassName": options.storage_class,
            "resources": {"requests": {"storage": f"{size_gi}Gi"}},
        },
    }


def _dump(data: dict, heading: str) -> str:
    import yaml

    return heading + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def write_region(
    lycees: Iterable[Lycee], out: str | Path, options: RegionOptions = RegionOptions()
) -> list[Path]:
    """Write ``OUT/<uai>.yaml`` and ``OUT/<uai>-exchange-pvc.yaml`` for each lycée.

    Examples
    --------
    >>> write_region([Lycee("0130001A", "Lycée Thiers", 1200)], "/tmp/region")  # doctest: +SKIP
    [PosixPath('/tmp/region/0130001A.yaml')]
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lycee in lycees:
        heading = (
            f"# {lycee.nom} ({lycee.uai}), {lycee.eleves} pupils: generated by eduia "
            f"{__version__} (eduia hub region); do not edit by hand.\n"
        )
        path = out / f"{lycee.uai}.yaml"
        path.write_text(_dump(lycee_values(lycee, options), heading), encoding="utf-8")
        (out / f"{lycee.uai}-exchange-pvc.yaml").write_text(
            _dump(exchange_claim(lycee, options), heading), encoding="utf-8"
        )
        written.append(path)
    return written
