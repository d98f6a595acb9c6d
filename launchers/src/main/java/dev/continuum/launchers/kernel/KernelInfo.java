package dev.continuum.launchers.kernel;

/**
 * A kernel's {@code kernel_info_reply} in short: {@code language} is the language name
 * ("python", "java"), {@code fileExtension} its files' extension, {@code banner} the text the
 * kernel greets with.
 */
public record KernelInfo(String implementation, String implementationVersion, String language,
                         String languageVersion, String fileExtension, String banner) {
}
