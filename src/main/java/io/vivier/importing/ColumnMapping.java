package io.vivier.importing;

import java.util.Objects;

/**
 * Where one column of an import file goes, with the reason shown to the user in the preview.
 *
 * @param column the column's 0-based index in {@link RawRow#cells()}; messages show it 1-based
 * @param header the header as the user sees it: cleaned, or "column N" (1-based) when the cell was
 *     empty
 * @param target one of {@link HeaderMapper#targets()}: a canonical field, a special target such as
 *     {@link HeaderMapper#IGNORE}, or {@link HeaderMapper#ATTRIBUTE}
 * @param attributeKey the custom attribute's key when {@code target} is {@link
 *     HeaderMapper#ATTRIBUTE}, null otherwise
 * @param reason why, for the user: "exact name", "French synonym 'Raison sociale'", "unknown header:
 *     kept as custom attribute 'budget_2025_k'"…
 */
public record ColumnMapping(int column, String header, String target, String attributeKey, String reason) {

  public ColumnMapping {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
    if (column < 0) {
      throw new IllegalArgumentException("column index must be 0 or more, got " + column);
    }
    if (HeaderMapper.ATTRIBUTE.equals(target) != (attributeKey != null)) {
      throw new IllegalArgumentException("an attribute key goes with target 'attribute' and only with it");
    }
  }

  /** True when the column feeds a custom attribute rather than a field. */
  public boolean isAttribute() {
    return attributeKey != null;
  }

  /** The target as the user writes it in {@code --map}: {@code attribute:key} for an attribute. */
  public String targetName() {
    return isAttribute() ? HeaderMapper.ATTRIBUTE + ":" + attributeKey : target;
  }

  /** True when the column's values are not imported at all. */
  public boolean isIgnored() {
    return HeaderMapper.IGNORE.equals(target);
  }
}
