using System.Reflection;
using System.Runtime.CompilerServices;
using Hengnan.Report.Layout;

namespace Hengnan.Report.Engine.Tests;

/// <summary>
/// What the engine's types may hold, checked on the compiled assembly: the display list is plain data (no SkiaSharp
/// type, no callback), the layout holds no SkiaSharp type, and the engine knows nothing of the brochure (editions,
/// sections, indicators, charts).
/// </summary>
public sealed class EngineBoundaryTests
{
    private static readonly Assembly Engine = typeof(Visual).Assembly;
    private const BindingFlags AllFields = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>A type and the types it is made of (element types, generic arguments).</summary>
    private static IEnumerable<Type> Parts(Type type)
    {
        yield return type;
        if (type.HasElementType)
            foreach (var t in Parts(type.GetElementType()!)) yield return t;
        if (type.IsGenericType)
            foreach (var t in type.GetGenericArguments().SelectMany(Parts)) yield return t;
    }

    private static bool IsSkia(Type t) => t.Namespace?.StartsWith("SkiaSharp", StringComparison.Ordinal) == true;
    private static bool IsCallback(Type t) => typeof(Delegate).IsAssignableFrom(t);

    /// <summary>The fields of a type, its compiler-generated nested types (closures, state machines) included.</summary>
    private static IEnumerable<(Type Owner, FieldInfo Field)> Fields(Type type) =>
        type.GetFields(AllFields).Select(f => (type, f))
            .Concat(type.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public).Where(n => n.IsDefined(typeof(CompilerGeneratedAttribute))).SelectMany(Fields));

    /// <summary>Every engine type a display list item can reach through its fields, from <paramref name="roots"/>.</summary>
    private static IReadOnlyCollection<Type> Reachable(IEnumerable<Type> roots, Func<Type, bool> follow)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type)) continue;
            foreach (var (_, field) in Fields(type))
                foreach (var part in Parts(field.FieldType))
                    if (part.Assembly == Engine && follow(part) && !seen.Contains(part)) queue.Enqueue(part);
            if (type.BaseType is { } b && b.Assembly == Engine) queue.Enqueue(b);
        }
        return seen;
    }

    private static IEnumerable<Type> DisplayListTypes()
    {
        // The items of a page's display list: every visual, the item and placement wrappers, the structure they carry.
        var roots = Engine.GetTypes().Where(t => typeof(Visual).IsAssignableFrom(t))
            .Append(typeof(DisplayItem)).Append(typeof(Placed)).Append(typeof(Fragment)).Append(typeof(Drawing.StructureNode));
        // A glyph run names its face (Fonts.FontFace: the font file mapped, shaped with HarfBuzz); the face is the
        // exporters' to read, not a value of the list, so the walk stops there.
        return Reachable(roots, t => t.Namespace != "Hengnan.Report.Fonts");
    }

    [Fact]
    public void Display_list_values_hold_no_SkiaSharp_type_and_no_callback()
    {
        var types = DisplayListTypes().ToList();
        Assert.Contains(typeof(GlyphRunVisual), types);
        Assert.Contains(typeof(Drawing.ImageAsset), types);
        var bad = types.SelectMany(Fields)
            .Where(f => Parts(f.Field.FieldType).Any(t => IsSkia(t) || IsCallback(t)))
            .Select(f => $"{f.Owner.FullName}.{f.Field.Name}: {f.Field.FieldType}").ToList();
        Assert.True(bad.Count == 0, "display list values that are not plain data:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void Layout_paging_and_drawing_types_hold_no_SkiaSharp_type()
    {
        string[] spaces = ["Hengnan.Report.Layout", "Hengnan.Report.Paging", "Hengnan.Report.Drawing", "Hengnan.Report.Fluent"];
        var types = Engine.GetTypes().Where(t => spaces.Any(s => t.Namespace == s || t.Namespace?.StartsWith(s + ".", StringComparison.Ordinal) == true)).ToList();
        Assert.NotEmpty(types);
        var bad = types.SelectMany(Fields).Where(f => Parts(f.Field.FieldType).Any(IsSkia))
            .Select(f => $"{f.Owner.FullName}.{f.Field.Name}: {f.Field.FieldType}")
            .Concat(types.SelectMany(t => t.GetMethods(AllFields).Where(m => !m.IsPrivate))
                .Where(m => Parts(m.ReturnType).Concat(m.GetParameters().SelectMany(p => Parts(p.ParameterType))).Any(IsSkia))
                .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}: a SkiaSharp type in its signature"))
            .ToList();
        Assert.True(bad.Count == 0, "SkiaSharp in the layout:\n" + string.Join("\n", bad));
    }

    /// <summary>
    /// Engine types that may hold a callback, and why. The line breaker (Layout.Text.Breaking) is an algorithm, not a
    /// layout element or template: it is given the width of each line as a function for one call of
    /// <c>KnuthPlassBreaker.Break</c>, and its search state (BreakSearch) keeps it only while that call runs.
    /// </summary>
    private static readonly Type[] MayHoldCallbacks = [Engine.GetType("Hengnan.Report.Layout.Text.Breaking.BreakSearch", throwOnError: true)!];

    [Fact]
    public void Layout_paging_and_drawing_types_take_values_not_callbacks()
    {
        // Every type (public or internal) of the namespaces that lay a document out: elements, templates, runs,
        // visuals and drawing values take what they draw as values, made before the layout (issue #8). The fluent
        // API (Hengnan.Report.Fluent) is built of callbacks by design and turns them into elements before layout.
        string[] spaces = ["Hengnan.Report.Layout", "Hengnan.Report.Paging", "Hengnan.Report.Drawing"];
        var types = Engine.GetTypes()
            .Where(t => spaces.Any(s => t.Namespace == s || t.Namespace?.StartsWith(s + ".", StringComparison.Ordinal) == true))
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !IsCallback(t) && !MayHoldCallbacks.Contains(t))
            .ToList();
        Assert.Contains(typeof(Layout.Elements.FixedBox), types);
        Assert.Contains(typeof(Layout.Elements.ImageFrame), types);
        Assert.Contains(typeof(Paging.PageTemplate), types);
        // Fields of the type itself (auto-property backing fields and captured primary-constructor parameters included),
        // properties, and the parameters of every constructor.
        var bad = types.SelectMany(t => t.GetFields(AllFields).Where(f => Parts(f.FieldType).Any(IsCallback))
                .Select(f => $"{t.FullName}: field {f.Name} is {f.FieldType}")
            .Concat(t.GetProperties(AllFields).Where(p => Parts(p.PropertyType).Any(IsCallback))
                .Select(p => $"{t.FullName}: property {p.Name} is {p.PropertyType}"))
            .Concat(t.GetConstructors(AllFields).SelectMany(c => c.GetParameters()).Where(p => Parts(p.ParameterType).Any(IsCallback))
                .Select(p => $"{t.FullName}: constructor parameter {p.Name} is {p.ParameterType}")))
            .Distinct().ToList();
        Assert.True(bad.Count == 0, "layout types that take a callback:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void The_engine_knows_nothing_of_the_brochure()
    {
        // No reference to the brochure's assembly or to the libraries only the brochure uses.
        var references = Engine.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r is "Hengnan.Report" or "Hengnan.Report.Preflight" || r.StartsWith("ScottPlot", StringComparison.Ordinal)
            || r.StartsWith("CsvHelper", StringComparison.Ordinal) || r.StartsWith("ExcelDataReader", StringComparison.Ordinal));
        // No type, member or parameter named for the brochure's notions ("regional indicators" are Unicode's flag
        // characters, and a PDF outline is the bookmarks: both the engine's own).
        string[] notions = ["Edition", "Indicator", "Section", "Brochure", "Kpi", "Chart", "Congress"];
        var names = Engine.GetTypes().Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetMembers(AllFields).Select(m => $"{t.FullName}.{m.Name}")
                .Concat(t.GetMethods(AllFields).SelectMany(m => m.GetParameters().Select(p => $"{t.FullName}.{m.Name}({p.Name})")))
                .Concat(t.GetConstructors(AllFields).SelectMany(c => c.GetParameters().Select(p => $"{t.FullName}..ctor({p.Name})")))
                .Prepend(t.FullName!))
            .ToList();
        var bad = names.Where(n => notions.Any(w => n.Replace("RegionalIndicator", "", StringComparison.Ordinal).Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Distinct().ToList();
        Assert.True(bad.Count == 0, "the engine names the brochure's notions:\n" + string.Join("\n", bad));
    }
}
