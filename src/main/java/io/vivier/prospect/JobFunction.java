package io.vivier.prospect;

/** The department a person works in, the way B2B teams target them. */
public enum JobFunction {
  GENERAL_MANAGEMENT,
  SALES,
  MARKETING,
  FINANCE,
  IT,
  ENGINEERING,
  HR,
  OPERATIONS,
  PURCHASING,
  LEGAL,
  CUSTOMER_SERVICE,
  PRODUCT,
  OTHER
}
