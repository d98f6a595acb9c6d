package dev.continuum.notebook;

import dev.continuum.notebook.json.JsonObject;

/**
 * One output of a code cell. Fields the format does not define are kept in {@link #extra()} and
 * written back unchanged; an output whose shape we do not recognise is kept whole as
 * {@link UnknownOutput}.
 */
public sealed interface Output permits StreamOutput, DisplayDataOutput, ExecuteResultOutput, ErrorOutput, UnknownOutput {

    /** The value of the output's {@code output_type} field. */
    String outputType();

    /** Members beyond the ones this type models, in file order. */
    JsonObject extra();
}
