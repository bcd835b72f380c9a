package io.vivier.prospect;

/** How senior a person is: who decides, who influences, who uses. */
public enum Seniority {
  EXECUTIVE,
  VP,
  DIRECTOR,
  MANAGER,
  SENIOR,
  ENTRY,
  OTHER
}
