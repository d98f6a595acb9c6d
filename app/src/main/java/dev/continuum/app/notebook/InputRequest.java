package dev.continuum.app.notebook;

import java.util.concurrent.CompletableFuture;

/** Running code asks the user for a line ({@code input()}, {@code Scanner(System.in)}); the view completes {@code answer}. */
public record InputRequest(String prompt, boolean password, CompletableFuture<String> answer) {
}
