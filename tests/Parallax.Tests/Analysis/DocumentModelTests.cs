using System.Reflection;
using Parallax.Documents;

namespace Parallax.Tests.Analysis;

/// <summary>
/// The document model sits below the stages: its types name no stage's types, and no stage names the pipeline's.
/// Checked on every type's signatures (base types, fields, properties, method and constructor parameters and results).
/// </summary>
public class DocumentModelTests
{
    private static readonly string[] Stages = ["Parallax.Text", "Parallax.Entities", "Parallax.Quotes", "Parallax.Tagging"];

    [Fact]
    public void The_document_model_names_no_type_of_a_stage_the_pipeline_or_the_comparison()
    {
        var offending = SignatureReferences("Parallax.Documents")
            .Where(r => r.Used.Namespace is { } ns && (Stages.Contains(ns) || ns.StartsWith("Parallax.Analysis", StringComparison.Ordinal) || ns.StartsWith("Parallax.Comparison", StringComparison.Ordinal)))
            .Select(r => $"{r.Owner.FullName} -> {r.Used.FullName}");

        Assert.Empty(offending);
    }

    [Fact]
    public void No_stage_names_a_type_of_the_pipeline()
    {
        var offending = Stages.SelectMany(SignatureReferences)
            .Where(r => r.Used.Namespace is { } ns && ns.StartsWith("Parallax.Analysis", StringComparison.Ordinal))
            .Select(r => $"{r.Owner.FullName} -> {r.Used.FullName}");

        Assert.Empty(offending);
    }

    [Fact]
    public void The_stages_read_and_write_the_document_model()
        => Assert.All(typeof(ArticleAnalysis).Assembly.GetTypes().Where(t => typeof(IAnalysisComponent).IsAssignableFrom(t) && t.IsClass),
            stage => Assert.DoesNotContain(stage.Namespace, new[] { "Parallax.Documents", "Parallax.Analysis" }));

    private static IEnumerable<(Type Owner, Type Used)> SignatureReferences(string ns)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(ArticleAnalysis).Assembly.GetTypes().Where(t => t.Namespace == ns))
        {
            var used = new List<Type>();
            if (type.BaseType is { } baseType)
                used.Add(baseType);
            used.AddRange(type.GetInterfaces());
            used.AddRange(type.GetFields(all).Select(f => f.FieldType));
            used.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                used.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo info)
                    used.Add(info.ReturnType);
            }
            foreach (var t in used.SelectMany(Unwrap))
                yield return (type, t);
        }
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
            return Unwrap(type.GetElementType()!);
        return type.IsGenericType ? [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(Unwrap)] : [type];
    }
}
