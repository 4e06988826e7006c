// The profile's e-mail choices: one group of radio buttons per topic, a plain
// form that posts to /profile/notifications (works without JavaScript).
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { DELIVERIES, TOPICS, type Delivery, type Topic } from "./topics";

export function NotificationPreferences({ preferences, saved }: { preferences: Record<Topic, Delivery>; saved: boolean }) {
  const t = useT();
  const n = t.notifications;
  return (
    <section aria-labelledby="notifications" className="card">
      <h2 id="notifications">{n.profile.title}</h2>
      <p>{n.profile.intro}</p>
      {saved ? (
        <p className="notice notice--ok" role="status">
          {n.profile.saved}
        </p>
      ) : null}
      <Form method="post" action="/profile/notifications" className="stack preferences">
        {TOPICS.map((topic) => (
          <fieldset key={topic}>
            <legend>{n.topics[topic].charAt(0).toUpperCase() + n.topics[topic].slice(1)}</legend>
            {DELIVERIES.map((delivery) => (
              <label key={delivery} className="choice">
                <input type="radio" name={`topic-${topic}`} value={delivery} defaultChecked={preferences[topic] === delivery} /> {n.deliveries[delivery]}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit" className="button">
          {n.profile.save}
        </button>
      </Form>
    </section>
  );
}
