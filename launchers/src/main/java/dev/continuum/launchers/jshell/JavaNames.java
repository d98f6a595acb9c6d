package dev.continuum.launchers.jshell;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConstantCaseLabelTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The variables a Java cell reads, from the compiler's own syntax trees: JShell cuts the cell into
 * snippets; javac parses each as class members, as statements and as an expression, the first
 * wrapping without syntax errors counts, and a scanner keeps the identifiers used as values, not the ones declared
 * before use in the cell, nor types, method names or labels. Parsing only: nothing is resolved,
 * so by Java's naming convention a capitalized qualifier ({@code Math.sqrt}, {@code List.of}) is
 * taken for a type.
 */
final class JavaNames {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private JavaNames() {
    }

    /** The names {@code cell} (magic lines included) reads, in order of first use. */
    static Set<String> read(SourceCodeAnalysis analysis, String cell) {
        List<SnippetSpan> spans = SnippetSpan.split(analysis, Magics.parse(cell).code());
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String code = spans.get(i).source();
            String expression = code.strip().endsWith(";") ? code.strip().substring(0, code.strip().length() - 1) : code;
            sources.add(new Source(i, Wrap.MEMBERS, "class $W {\n" + code + "\n}"));
            sources.add(new Source(i, Wrap.STATEMENTS, "class $W { void $m() {\n" + code + "\n} }"));
            sources.add(new Source(i, Wrap.EXPRESSION, "class $W { Object $v = (\n" + expression + "\n); }"));
        }
        Set<URI> broken = new HashSet<>();
        List<CompilationUnitTree> units = parse(sources, broken);
        Set<String> names = new LinkedHashSet<>();
        Scanner scanner = new Scanner(names);
        for (int i = 0; i < spans.size() && units.size() == sources.size(); i++) {
            for (int w = 3 * i; w < 3 * i + 3; w++) {
                Source source = sources.get(w);
                if (!broken.contains(source.toUri()) || source.wrap == Wrap.EXPRESSION) {
                    source.wrap.scan(units.get(w), scanner);
                    break;
                }
            }
        }
        return names;
    }

    /**
     * Parses every wrapping of every snippet in one javac task (setting one up costs far more
     * than parsing); the trees come in the order of {@code sources}, {@code broken} gets the
     * wrappings with syntax errors.
     */
    private static synchronized List<CompilationUnitTree> parse(List<Source> sources, Set<URI> broken) {
        List<CompilationUnitTree> units = new ArrayList<>();
        if (sources.isEmpty()) {
            return units;
        }
        if (files == null) {
            files = JAVAC.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        }
        DiagnosticListener<JavaFileObject> errors = diagnostic -> {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
                broken.add(diagnostic.getSource().toUri());
            }
        };
        JavacTask task = (JavacTask) JAVAC.getTask(null, files, errors, List.of("-proc:none"), null, sources);
        try {
            for (CompilationUnitTree unit : task.parse()) {
                units.add(unit);
            }
        } catch (IOException e) {
            // string sources cannot fail to read
        }
        return units;
    }

    private static StandardJavaFileManager files;

    /** How a snippet is wrapped so javac parses it, and where its code sits in the tree. */
    private enum Wrap {
        /** Methods and types. */
        MEMBERS {
            @Override
            void scan(CompilationUnitTree unit, Scanner scanner) {
                ClassTree wrapper = wrapper(unit);
                if (wrapper != null) {
                    wrapper.getMembers().forEach(member -> scanner.scan(member, null));
                }
            }
        },
        /** Statements and variable declarations: their top-level names stay visible to later snippets. */
        STATEMENTS {
            @Override
            void scan(CompilationUnitTree unit, Scanner scanner) {
                ClassTree wrapper = wrapper(unit);
                for (Tree member : wrapper == null ? List.<Tree>of() : wrapper.getMembers()) {
                    if (member instanceof MethodTree method && method.getBody() != null) {
                        method.getBody().getStatements().forEach(statement -> scanner.scan(statement, null));
                    }
                }
            }
        },
        /** An expression without its semicolon, a cell's last value. */
        EXPRESSION {
            @Override
            void scan(CompilationUnitTree unit, Scanner scanner) {
                ClassTree wrapper = wrapper(unit);
                if (wrapper != null && !wrapper.getMembers().isEmpty() && wrapper.getMembers().get(0) instanceof VariableTree v) {
                    scanner.scan(v.getInitializer(), null);
                }
            }
        };

        abstract void scan(CompilationUnitTree unit, Scanner scanner);

        private static ClassTree wrapper(CompilationUnitTree unit) {
            return unit != null && !unit.getTypeDecls().isEmpty() && unit.getTypeDecls().get(0) instanceof ClassTree c ? c : null;
        }
    }

    /** One wrapping of one snippet, as a source file for javac. */
    private static final class Source extends SimpleJavaFileObject {
        final Wrap wrap;
        final String code;

        Source(int snippet, Wrap wrap, String code) {
            super(URI.create("string:///S" + snippet + wrap + ".java"), JavaFileObject.Kind.SOURCE);
            this.wrap = wrap;
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    /**
     * Collects identifiers in value positions that no enclosing scope declares. The outermost scope
     * is the cell's: declarations at a snippet's top level stay visible to the snippets after it.
     */
    private static final class Scanner extends TreeScanner<Void, Void> {
        private final Set<String> reads;
        private final Deque<Set<String>> scopes = new ArrayDeque<>();

        Scanner(Set<String> reads) {
            this.reads = reads;
            scopes.push(new HashSet<>());
        }

        private void declare(CharSequence name) {
            scopes.peek().add(name.toString());
        }

        private boolean declared(String name) {
            return scopes.stream().anyMatch(scope -> scope.contains(name));
        }

        private void inScope(Runnable body) {
            scopes.push(new HashSet<>());
            try {
                body.run();
            } finally {
                scopes.pop();
            }
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
            String name = node.getName().toString();
            if (!declared(name) && !name.equals("this") && !name.equals("super")) {
                reads.add(name);
            }
            return null;
        }

        @Override
        public Void visitVariable(VariableTree node, Void unused) {
            scan(node.getInitializer(), null);
            declare(node.getName());
            return null;
        }

        @Override
        public Void visitMethod(MethodTree node, Void unused) {
            inScope(() -> {
                node.getParameters().forEach(parameter -> declare(parameter.getName()));
                scan(node.getBody(), null);
            });
            return null;
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            inScope(() -> {
                for (Tree member : node.getMembers()) {
                    if (member instanceof VariableTree field) {
                        declare(field.getName());
                    }
                }
                node.getMembers().forEach(member -> scan(member, null));
            });
            return null;
        }

        @Override
        public Void visitBlock(BlockTree node, Void unused) {
            inScope(() -> super.visitBlock(node, null));
            return null;
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
            inScope(() -> {
                node.getParameters().forEach(parameter -> declare(parameter.getName()));
                scan(node.getBody(), null);
            });
            return null;
        }

        @Override
        public Void visitForLoop(ForLoopTree node, Void unused) {
            inScope(() -> super.visitForLoop(node, null));
            return null;
        }

        @Override
        public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
            scan(node.getExpression(), null);
            inScope(() -> {
                declare(node.getVariable().getName());
                scan(node.getStatement(), null);
            });
            return null;
        }

        @Override
        public Void visitTry(TryTree node, Void unused) {
            inScope(() -> {
                scan(node.getResources(), null);
                scan(node.getBlock(), null);
            });
            scan(node.getCatches(), null);
            scan(node.getFinallyBlock(), null);
            return null;
        }

        @Override
        public Void visitCatch(CatchTree node, Void unused) {
            inScope(() -> {
                declare(node.getParameter().getName());
                scan(node.getBlock(), null);
            });
            return null;
        }

        @Override
        public Void visitCase(CaseTree node, Void unused) {
            inScope(() -> {
                for (Tree label : node.getLabels()) {
                    // An enum constant names no variable; other labels (patterns, constants) are scanned.
                    if (!(label instanceof ConstantCaseLabelTree constant
                            && constant.getConstantExpression() instanceof IdentifierTree)) {
                        scan(label, null);
                    }
                }
                scan(node.getGuard(), null);
                scan(node.getStatements(), null);
                scan(node.getBody(), null);
            });
            return null;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            if (!(node.getMethodSelect() instanceof IdentifierTree)) {
                scan(node.getMethodSelect(), null);
            }
            scan(node.getArguments(), null);
            return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, Void unused) {
            if (!node.getIdentifier().contentEquals("class")) {
                qualifier(node.getExpression());
            }
            return null;
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree node, Void unused) {
            qualifier(node.getQualifierExpression());
            return null;
        }

        private void qualifier(ExpressionTree expression) {
            if (expression instanceof IdentifierTree id && Character.isUpperCase(id.getName().charAt(0))) {
                return;
            }
            scan(expression, null);
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            scan(node.getEnclosingExpression(), null);
            scan(node.getArguments(), null);
            scan(node.getClassBody(), null);
            return null;
        }

        @Override
        public Void visitNewArray(NewArrayTree node, Void unused) {
            scan(node.getDimensions(), null);
            scan(node.getInitializers(), null);
            return null;
        }

        @Override
        public Void visitTypeCast(TypeCastTree node, Void unused) {
            scan(node.getExpression(), null);
            return null;
        }

        @Override
        public Void visitInstanceOf(com.sun.source.tree.InstanceOfTree node, Void unused) {
            scan(node.getExpression(), null);
            scan(node.getPattern(), null);
            return null;
        }

        @Override
        public Void visitBindingPattern(com.sun.source.tree.BindingPatternTree node, Void unused) {
            declare(node.getVariable().getName());
            return null;
        }

        @Override
        public Void visitModifiers(com.sun.source.tree.ModifiersTree node, Void unused) {
            return null;
        }

        @Override
        public Void visitParameterizedType(com.sun.source.tree.ParameterizedTypeTree node, Void unused) {
            return null;
        }

        @Override
        public Void visitArrayType(com.sun.source.tree.ArrayTypeTree node, Void unused) {
            return null;
        }
    }
}
