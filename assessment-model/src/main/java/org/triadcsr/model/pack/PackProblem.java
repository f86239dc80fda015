package org.triadcsr.model.pack;

/** One problem in a pack file, located by JSON pointer and by line and column (1-based). */
public record PackProblem(String file, String pointer, long line, long column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
