using System.Reflection;
using System.Text;
using Parallax.Testing;

namespace Parallax.Cli.Tests;

/// <summary>
/// A snapshot of every public type and member of the libraries, so that each API change shows up
/// in review as a diff of Golden/public-api.txt (PARALLAX_UPDATE_GOLDEN=1 rewrites it).
/// </summary>
public class PublicApiTests
{
    private static readonly Assembly[] Libraries =
    [
        typeof(Article).Assembly,
        typeof(Parallax.Ingest.ArticleLoader).Assembly,
        typeof(Parallax.Reports.Report).Assembly,
        typeof(Parallax.Semantics.MiniLmEncoder).Assembly,
        typeof(Parallax.Corpus.IArticleStore).Assembly,
        typeof(Parallax.Store.SqliteArticleStore).Assembly,
        typeof(Parallax.Web.ParallaxWeb).Assembly,
        typeof(Parallax.Cluster.ParallaxCluster).Assembly,
    ];

    [Fact]
    public void The_public_API_matches_its_snapshot()
    {
        var sb = new StringBuilder();
        foreach (var assembly in Libraries)
        {
            sb.Append("# ").Append(assembly.GetName().Name).Append('\n');
            foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                sb.Append(Describe(type)).Append('\n');
                var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => m is not MethodInfo { IsSpecialName: true } && m.DeclaringType == type && !IsCompilerGenerated(m))
                    .Select(Describe)
                    .Order(StringComparer.Ordinal);
                foreach (var member in members)
                    sb.Append("    ").Append(member).Append('\n');
            }
        }
        var difference = Golden.Compare(SourceDirectory(), "public-api.txt", sb.ToString());
        Assert.True(difference is null, difference);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static bool IsCompilerGenerated(MemberInfo member)
        => member.Name is "<Clone>$" or "EqualityContract" or "Deconstruct" or "PrintMembers" or "GetHashCode" or "Equals" or "ToString" or "op_Equality" or "op_Inequality";

    private static string Describe(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";
        return $"{kind} {Name(type)}";
    }

    private static string Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ") : "")}}}",
        FieldInfo f => $"{(f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type t => $"nested {Describe(t)}",
        _ => member.Name,
    };

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type type)
    {
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{type.Namespace}.{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
        }
        return type.FullName ?? type.Name;
    }
}
