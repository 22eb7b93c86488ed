package nl.verbonden.register.entity;

/** Whether figures are planned (from the party's begroting) or actual (from its jaarrekening). */
public enum FigureKind {
  BEGROTING,
  JAARREKENING
}
