"""The Training area: workshops, enrolment, workshop mode (attendance), progress, certificates."""
