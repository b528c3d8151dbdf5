"""The Network area: the e-business support network of agencies, to refer an SME to one."""
