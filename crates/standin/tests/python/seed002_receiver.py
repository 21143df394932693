from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route('/voipbin/webhook', methods=['POST'])
def voipbin_webhook():
    # Get the webhook payload
    payload = request.get_json()

    # Process different event types
    event_type = payload.get('type')

    if event_type == 'call_hungup':
        call_id = payload['data']['id']
        status = payload['data']['hangup_reason']
        print(f"Call {call_id} ended: {status}")
        # Your business logic here
        # - Update CRM
        # - Send notifications
        # - Trigger workflows

    elif event_type == 'message_created':
        message_id = payload['data']['id']
        from_number = payload['data']['source']['target']
        text = payload['data']['text']
        print(f"Message from {from_number}: {text}")
        # Process the message
        # - Auto-reply
        # - Route to agent
        # - Store in database

    elif event_type == 'recording_updated':
        recording_id = payload['data']['id']
        status = payload['data']['status']
        print(f"Recording {recording_id} status: {status}")
        # Handle recording
        # - Download and store
        # - Transcribe
        # - Send to customer

    # Return 200 OK to acknowledge receipt
    return jsonify({'status': 'received'}), 200

if __name__ == '__main__':
    app.run(host='0.0.0.0', port=5000)
