"""``eduia hub region``: one Zero to JupyterHub values file per lycée, valid for the chart.

The values are merged over the chart's own defaults the way Helm does it (maps merged, ``null``
removes a key), then validated with jsonschema against the chart's ``values.schema.yaml``
(``../shared/reference-data/z2jh/``; skipped when ``../shared`` is absent).
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from eduia.cli import main
from eduia.hub.region import (
    EXCHANGE_ROOT,
    KERNEL_BUDGET_MB,
    MEASURED_PUPIL_MB,
    SERVER_MEMORY_MB,
    Lycee,
    RegionError,
    RegionOptions,
    gradebook_url,
    lycee_values,
    read_lycees,
)

SAMPLE = (
    "uai;nom;eleves\n"
    "0130001A;Lycée Thiers;1450\n"
    "0060020B;Lycée Masséna;980\n"
    "0840005C;Lycée Frédéric Mistral;210\n"
)


def _helm_merge(base: dict, override: dict) -> dict:
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _helm_merge(merged[key], value)
        elif value is None:
            merged.pop(key, None)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


@pytest.fixture
def chart(shared_dir: Path) -> tuple[dict, object]:
    import jsonschema

    folder = shared_dir / "reference-data" / "z2jh"
    schema = yaml.safe_load((folder / "values.schema.yaml").read_text(encoding="utf-8"))
    defaults = yaml.safe_load((folder / "values.yaml").read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return defaults, validator_class(schema)


def _errors(chart: tuple[dict, object], values: dict) -> list[str]:
    defaults, validator = chart
    merged = _helm_merge(defaults, values)
    return [f"{'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(merged)]


def test_three_sample_lycees_validate_against_the_chart_schema(tmp_path, chart, capsys):
    (tmp_path / "lycees.csv").write_text(SAMPLE, encoding="utf-8")
    assert main(["hub", "region", str(tmp_path / "lycees.csv"), str(tmp_path / "out")]) == 0
    assert "3 fichiers de valeurs" in capsys.readouterr().out
    files = sorted((tmp_path / "out").glob("*.yaml"))
    values_files = [f for f in files if not f.name.endswith("-exchange-pvc.yaml")]
    assert [f.stem for f in values_files] == ["0060020B", "0130001A", "0840005C"]
    for path in values_files:
        values = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert _errors(chart, values) == [], path.name
        claim = yaml.safe_load((tmp_path / "out" / f"{path.stem}-exchange-pvc.yaml").read_text())
        assert claim["kind"] == "PersistentVolumeClaim"
        assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
        assert claim["metadata"]["name"] in str(values["singleuser"]["storage"]["extraVolumes"])


def test_the_schema_check_is_real(chart):
    values = lycee_values(Lycee("0130001A", "Lycée Thiers", 1450))
    values["singleuser"]["memory"]["limt"] = "1G"  # a typo the chart must refuse
    values["singleuser"]["storage"]["type"] = 3
    errors = _errors(chart, values)
    assert any("limt" in e for e in errors) and any("storage.type" in e for e in errors)


def test_every_image_comes_from_the_regions_registry(chart):
    defaults, _ = chart
    options = RegionOptions(registry="registre.ac-test.fr")
    merged = _helm_merge(defaults, lycee_values(Lycee("0130001A", "Lycée Thiers", 1450), options))
    images = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            if path.endswith("image") and "name" in node:
                images.append((path, node))
            for key, value in node.items():
                walk(value, f"{path}.{key}" if path else key)

    walk(merged, "")
    enabled_parts = [
        (p, i)
        for p, i in images
        if not p.startswith("proxy.traefik") and not p.startswith("proxy.secretSync")
    ]
    assert len(enabled_parts) >= 8
    for path, image in enabled_parts:
        assert image["name"].startswith("registre.ac-test.fr/"), path
        assert image["pullPolicy"] == "IfNotPresent", path
    assert merged["prePuller"]["continuous"]["enabled"] is True


def test_pupils_have_no_egress_and_no_gradebook():
    values = lycee_values(Lycee("0130001A", "Lycée Thiers", 1450))
    single = values["singleuser"]
    assert single["networkPolicy"]["enabled"] is True
    assert not any(single["networkPolicy"]["egressAllowRules"].values())
    assert single["networkPolicy"]["egress"] == []
    assert "GRADEBOOK" not in str(single) and "PGPASSWORD" not in str(single)
    hub_env = values["hub"]["extraEnv"]
    assert hub_env["EDUIA_GRADEBOOK_URL"].startswith("postgresql+psycopg://eduia_0130001a@")
    assert "secretKeyRef" in hub_env["PGPASSWORD"]["valueFrom"]
    assert values["hub"]["networkPolicy"]["egressAllowRules"]["nonPrivateIPs"] is False


def test_exchange_is_shared_and_one_uid_per_pupil():
    values = lycee_values(Lycee("0130001A", "Lycée Thiers", 1450))
    mounts = values["singleuser"]["storage"]["extraVolumeMounts"]
    assert mounts == [{"name": "exchange", "mountPath": EXCHANGE_ROOT}]
    assert values["hub"]["extraVolumeMounts"] == mounts
    uid_code = values["hub"]["extraConfig"]["eduia-uid"]
    namespace: dict = {"c": type("C", (), {"KubeSpawner": type("K", (), {})()})()}
    exec(compile(uid_code, "extraConfig", "exec"), namespace)  # noqa: S102 - the generated code
    uid = namespace["c"].KubeSpawner.uid

    def spawner(user_id: int) -> object:
        return type("S", (), {"user": type("U", (), {"id": user_id})()})()

    assert uid(spawner(1)) != uid(spawner(2))
    assert uid(spawner(1)) >= 200000


def test_resources_fit_the_kernel_budget_and_the_peak():
    small = lycee_values(Lycee("0840005C", "Lycée Mistral", 210))
    big = lycee_values(Lycee("0130001A", "Lycée Thiers", 1450))
    memory = big["singleuser"]["memory"]
    guarantee, limit = int(memory["guarantee"][:-1]), int(memory["limit"][:-1])
    assert guarantee >= max(SERVER_MEMORY_MB + KERNEL_BUDGET_MB, MEASURED_PUPIL_MB)
    assert guarantee < limit <= 2 * (SERVER_MEMORY_MB + KERNEL_BUDGET_MB)
    assert big["singleuser"]["startTimeout"] >= 60  # the first spawn exceeds 10 s
    assert big["hub"]["activeServerLimit"] >= 1450
    assert (
        big["scheduling"]["userPlaceholder"]["replicas"]
        > small["scheduling"]["userPlaceholder"]["replicas"]
    )
    assert big["hub"]["config"]["JupyterHub"]["authenticator_class"].startswith("ltiauthenticator")
    assert big["cull"]["enabled"] is True


def test_gradebook_url_is_one_database_per_lycee():
    a = gradebook_url(Lycee("0130001A", "A", 1))
    b = gradebook_url(Lycee("0060020B", "B", 1))
    assert (
        a != b
        and a.startswith("postgresql+psycopg://")
        and ":" not in a.split("//")[1].split("@")[0]
    )


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("uai;nom\n0130001A;X\n", "Colonnes manquantes"),
        ("uai;nom;eleves\n13001;X;10\n", "n'est pas un code UAI"),
        ("uai;nom;eleves\n0130001A;X;beaucoup\n", "entier positif"),
        ("uai;nom;eleves\n0130001A;X;10\n0130001a;Y;10\n", "deux fois"),
        ("uai;nom;eleves\n", "vide"),
    ],
)
def test_bad_lists_get_a_french_message(text, fragment, tmp_path, capsys):
    with pytest.raises(RegionError, match=fragment):
        read_lycees(text)
    (tmp_path / "l.csv").write_text(text, encoding="utf-8")
    assert main(["hub", "region", str(tmp_path / "l.csv"), str(tmp_path / "out")]) == 1
    assert fragment in capsys.readouterr().err


def test_comma_separated_list_with_bom():
    lycees = read_lycees('\ufeffUAI,Nom,Eleves\n0130001A,"Lycée Thiers, Marseille",1 450\n')
    assert lycees == [Lycee("0130001A", "Lycée Thiers, Marseille", 1450)]
