// Reading a posted form. A body that is not a form (a crafted request, a broken
// upload) is the client's error: 400, never a 500.
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  }
}
