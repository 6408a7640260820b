package org.mmscope.engine;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file operation failed, in words a user reads (never a Java class name or a temporary file's path). */
public final class IoErrors {
    private IoErrors() {
    }

    public static String reason(IOException e) {
        return switch (e) {
        case NoSuchFileException x -> "no such file or directory";
        case AccessDeniedException x -> "permission denied";
        case FileAlreadyExistsException x -> "it already exists";
        case NotDirectoryException x -> "not a directory";
        case DirectoryNotEmptyException x -> "the directory is not empty";
        case CharacterCodingException x -> "not UTF-8 text";
        case FileSystemException x -> x.getReason() != null ? words(x.getReason()) : "the file system refused";
        default -> e.getMessage() != null && !e.getMessage().isBlank() ? words(e.getMessage()) : "input/output error";
        };
    }

    /** "Is a directory" → "is a directory", as the rest of a sentence. */
    private static String words(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
