package cn.yingshang.catalogue;

/**
 * The answer to "may they require X of me?". {@code entryName}/{@code basis} name the catalogue
 * entry when there is one; {@code appealCategory} (FEES or CERTIFICATES) is set when the answer
 * gives grounds for an appeal.
 */
public record CheckAnswer(Verdict verdict, CatalogueKind kind, String asked, String entryCode, String entryName,
                          String basis, String department, String explanation, String appealCategory, int version) {

    public enum Verdict {
        ON_LIST, NOT_TO_BE_REQUESTED, NOT_ON_LIST
    }

    public boolean appealable() {
        return appealCategory != null;
    }
}
