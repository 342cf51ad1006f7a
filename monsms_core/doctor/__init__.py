"""The live self-check (`python -m monsms_core doctor`, and "Vérifier la connexion" on Settings).

- `shapes`: what the client expects of each answer, from the vendor's Dart SDK models, and the check;
- `run`: the read-only calls on every endpoint the dashboard uses, and the report (JSON, fixtures);
- `render`: the report as French / English sentences.
"""

from __future__ import annotations

from monsms_core.doctor.render import endpoint_line, report_lines
from monsms_core.doctor.run import DoctorReport, EndpointResult, doctor_for, run_doctor
from monsms_core.doctor.shapes import Difference, check_list, check_shape

__all__ = [
    "Difference",
    "DoctorReport",
    "EndpointResult",
    "check_list",
    "check_shape",
    "doctor_for",
    "endpoint_line",
    "report_lines",
    "run_doctor",
]
