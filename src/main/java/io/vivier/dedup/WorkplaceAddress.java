package io.vivier.dedup;

import java.util.List;

/**
 * An address column of people who work for a company: when two people's company is the same, their
 * street, postcode or town is usually the company's, so its agreement says "same company" a second
 * time, not "same person" — counted, it makes every pair of colleagues look like one person written
 * twice. The address then weighs nothing ("counted with the company"); it counts as usual between
 * people of different companies or without one.
 */
final class WorkplaceAddress implements Comparison {

  static final String COUNTED_WITH_COMPANY = "counted with the company";

  private final Comparison address;
  private final int company;

  WorkplaceAddress(Comparison address, int company) {
    this.address = address;
    this.company = company;
  }

  @Override
  public String name() {
    return address.name();
  }

  @Override
  public int column() {
    return address.column();
  }

  @Override
  public List<String> levels() {
    return address.levels();
  }

  @Override
  public int level(PreparedRecords records, int a, int b) {
    return sameCompany(records, a, b) ? MISSING : address.level(records, a, b);
  }

  @Override
  public String missing(PreparedRecords records, int a, int b) {
    return sameCompany(records, a, b) ? COUNTED_WITH_COMPANY : Comparison.super.missing(records, a, b);
  }

  @Override
  public int frequencyColumn() {
    return address.frequencyColumn();
  }

  @Override
  public double fixedWeight(int level) {
    return address.fixedWeight(level);
  }

  private boolean sameCompany(PreparedRecords records, int a, int b) {
    String x = records.fields[company].value[a];
    return x != null && x.equals(records.fields[company].value[b]);
  }
}
