/**
 * Variables shared by a notebook's languages: a value defined in a Java cell can be read by a later
 * Python cell, and back.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Last definer wins.</b> After each cell (once two languages' kernels run) its kernel says
 *       which variables are new or changed, by a cheap fingerprint (values of scalars; identity and
 *       content hash of lists, maps and arrays; numpy arrays past 16 MB are sampled, and Python
 *       lists and dicts past 20,000 elements, or past 200,000 in all, show only identity and
 *       length); the cell's language then owns those names.</li>
 *   <li><b>Carried on read.</b> Before a cell runs, the names it reads are found by its language's
 *       own parser (javac's syntax trees for Java, Python's {@code ast} and {@code symtable} in the
 *       kernel, after IPython's magics). Those owned by another language, and not already held as a
 *       current copy, are exported there and defined in the cell's kernel. A name the cell binds at
 *       its top level before using it is no read, nor is a name only called ({@code f(x)}), nor, in
 *       Java, a type, a method name or a capitalized qualifier ({@code Math.sqrt}: Java's naming
 *       convention, since parsing alone cannot tell a type from a variable).</li>
 *   <li><b>Refused values stop the cell.</b> A value that cannot be carried fails the reading
 *       cell before it runs, with a {@code VariableTransferError} naming the variable, both
 *       languages and why; the run stops there as at any failing cell.</li>
 *   <li><b>Restarts forget.</b> When a kernel restarts or dies, its language owns nothing any
 *       more; copies other kernels were given stay theirs.</li>
 *   <li><b>Private names.</b> Python names starting with {@code _}, modules and classes, and
 *       JShell's {@code $1} temporaries are never carried.</li>
 * </ul>
 *
 * <h2>Types</h2>
 * <table>
 *   <caption>How values map</caption>
 *   <tr><th>Python</th><th>transfer JSON</th><th>Java</th></tr>
 *   <tr><td>{@code int} within 64 bits, numpy integer scalars</td><td>integer</td><td>{@code long} ({@code int}, {@code short}, {@code byte} go as integers)</td></tr>
 *   <tr><td>{@code float}, numpy float scalars</td><td>number with a fraction or exponent; {@code NaN}, {@code Infinity} bare</td><td>{@code double} ({@code float} too)</td></tr>
 *   <tr><td>{@code str}</td><td>string</td><td>{@code String} ({@code char} goes as a string)</td></tr>
 *   <tr><td>{@code bool}</td><td>boolean</td><td>{@code boolean}</td></tr>
 *   <tr><td>{@code None}</td><td>null</td><td>{@code Object} holding null</td></tr>
 *   <tr><td>{@code list} (a {@code tuple} arrives as a list)</td><td>array</td><td>{@code List<Object>} (an {@code ArrayList}; Java arrays of objects go as lists)</td></tr>
 *   <tr><td>{@code dict} with {@code str} keys</td><td>object</td><td>{@code Map<String, Object>} (a {@code LinkedHashMap}, key order kept)</td></tr>
 *   <tr><td>1-D numpy int / float array</td><td>{@code {"__ndarray__": "int64"|"float64", "shape": [n], "data": [...]}}</td><td>{@code long[]} / {@code double[]} ({@code int[]} and {@code float[]} go too)</td></tr>
 *   <tr><td>2-D numpy int / float array</td><td>the same with {@code "shape": [rows, columns]}, data as rows</td><td>{@code long[][]} / {@code double[][]} (rectangular)</td></tr>
 * </table>
 * A Python list stays a list even when it holds only numbers (type by type, not by content, so a
 * round trip keeps the type); use a numpy array for a Java {@code double[]}. Java arrays arrive in
 * Python as numpy arrays, or as lists when numpy is not installed. Anything else (functions,
 * DataFrames, threads, sets, maps with other keys, integers past 64 bits, 3-D arrays, a map using
 * the key {@code __ndarray__}) is refused, saying where in the value the problem is.
 *
 * <h2>How values travel</h2>
 * Between languages as JSON, written and read by Python's {@code json} module and by Jackson here.
 * The Python side is a helper module run by silent executions (no count, history or output). The
 * Java agent needs only the JDK and never sees Jackson (a user's {@code %maven} Jackson cannot
 * clash): values go to it as serialized JDK collections in a temporary file, come back on its own
 * stream, and become variables through a declaration and a block assigning them. Cost: nothing
 * while one language runs; per cell about 5-20 ms for the fingerprints and, with foreign names
 * about, the names read; a million doubles take one to two seconds to carry.
 */
package dev.continuum.launchers.variables;
