package org.mediation.resource.catalogue.command;

/** An ISBN-10 or ISBN-13 whose check digit is right, kept without hyphens or spaces. */
record Isbn(String value) {

    Isbn {
        if (value == null || !(isIsbn10(value) || isIsbn13(value))) {
            throw new IllegalArgumentException("isbn must be an ISBN-10 or ISBN-13 with a valid check digit");
        }
    }

    static Isbn parse(String text) {
        return new Isbn(text == null ? null : text.replaceAll("[\\s-]", "").toUpperCase());
    }

    private static boolean isIsbn10(String s) {
        if (!s.matches("\\d{9}[\\dX]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = s.charAt(i) == 'X' ? 10 : s.charAt(i) - '0';
            sum += (10 - i) * digit;
        }
        return sum % 11 == 0;
    }

    private static boolean isIsbn13(String s) {
        if (!s.matches("97[89]\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (s.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }
}
