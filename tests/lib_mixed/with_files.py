import io, json, traceback, warnings, os
buf = io.StringIO()
try:
    {}["k"]
except KeyError:
    traceback.print_exc(file=buf)
print(buf.getvalue())
with open("_tmp_io1.json", "w") as fp:
    json.dump({"a": [1, 2, {"b": None}]}, fp, indent=1)
with open("_tmp_io1.json") as fp:
    print(json.load(fp))
os.remove("_tmp_io1.json")
s = io.StringIO()
warnings.showwarning("msg", UserWarning, "f.py", 3, file=s)
print(repr(s.getvalue()))
out = io.StringIO()
traceback.print_stack(file=out, limit=1)
print(out.getvalue().count("File"))
