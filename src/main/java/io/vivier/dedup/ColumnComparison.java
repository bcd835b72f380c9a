package io.vivier.dedup;

import java.util.List;

/** What a comparison of one column holds: the column's name and index, its levels, and the column weighed by frequency. */
abstract class ColumnComparison implements Comparison {

  final String name;
  final int column;
  private final List<String> levels;
  private final int frequencyColumn;

  ColumnComparison(String name, int column, List<String> levels, int frequencyColumn) {
    this.name = name;
    this.column = column;
    this.levels = levels;
    this.frequencyColumn = frequencyColumn;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final int column() {
    return column;
  }

  @Override
  public final List<String> levels() {
    return levels;
  }

  @Override
  public final int frequencyColumn() {
    return frequencyColumn;
  }
}
