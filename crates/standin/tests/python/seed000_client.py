import websocket
import json

token = ""
customer_id = ""

def on_message(ws, message):
    data = json.loads(message)
    event_type = data.get("event_type")
    if event_type:
        if "transcript" in event_type:
            transcript = data["data"]
            direction = transcript.get("direction", "?")
            text = transcript.get("message", "")
            print(f"[TRANSCRIBE {direction}] {text}")
        else:
            print(f"[EVENT] {event_type}")

def on_open(ws):
    subscription = {
        "type": "subscribe",
        "topics": [
            f"customer_id:{customer_id}:call:*",
            f"customer_id:{customer_id}:transcribe:*"
        ]
    }
    ws.send(json.dumps(subscription))
    print("Subscribed to call and transcribe events. Waiting...")

ws = websocket.WebSocketApp(
    f"wss://api.voipbin.net/v1.0/ws?token={token}",
    on_open=on_open,
    on_message=on_message
)
ws.run_forever()
